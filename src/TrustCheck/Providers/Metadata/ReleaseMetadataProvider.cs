using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// The built-in <c>release-metadata</c> provider: what the index says about the release and its project — yanks,
/// files and formats, <c>Requires-Python</c> against the target, PEP 792 project status, age and license. Pure over the
/// evidence: no I/O, time from <c>context.Now</c>. See docs/signals/release-metadata.md.
/// </summary>
internal sealed class ReleaseMetadataProvider : ISignalProvider
{
    /// <summary>The provider's stable name.</summary>
    public const string ProviderName = "release-metadata";

    private static readonly IReleaseMetadataCheck[] Checks =
    [
        new YankedCheck(),
        new FileFormatCheck(),
        new RequiresPythonCheck(),
        new ProjectStatusCheck(),
        new ReleaseAgeCheck(),
        new LicenseCheck(),
    ];

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var files = ReleaseFile.Of(context.Evidence);
        var findings = Checks.SelectMany(c => c.Check(context, files))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(Signal.Of(Name, findings));
    }
}

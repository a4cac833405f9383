using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Packaging;
using TrustCheck.Signals;

namespace TrustCheck.Providers.DependencyConfusion;

/// <summary>
/// The built-in <c>dependency-confusion</c> provider: for a name declared internal (<c>--internal-package</c>) or served
/// by a private index (<c>--extra-index-url</c>), compares what the public index (the primary <c>--index-url</c>) and
/// each private index offer, decides which index pip installs from (<see cref="IndexResolution"/>), and reports the
/// collisions and exposures. Pure over the evidence (each index's Simple page is loaded with the release). See
/// docs/signals/dependency-confusion.md.
/// </summary>
internal sealed class DependencyConfusionProvider : ISignalProvider
{
    /// <summary>The provider's stable name.</summary>
    public const string ProviderName = "dependency-confusion";

    /// <summary>What a user can do about any of these findings.</summary>
    public const string Mitigation =
        "Install internal names only from your index: use uv (its default index strategy, first-index, never takes a name found on your index from PyPI; keep --index-strategy first-index), " +
        "or give pip a single --index-url to a proxy that refuses public versions of internal names, and register a placeholder for each internal name on PyPI.";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var evidence = context.Evidence;
        var pattern = InternalNames.Match(evidence.Name, context.Options.InternalPackages);
        var privateIndexes = evidence.ExtraIndexPages.Select(IndexVersions.Of).ToList();
        if (pattern is null && privateIndexes.Count == 0)
        {
            return Task.FromResult(Signal.Of(Name, []));
        }

        var publicIndex = PublicVersions(evidence, context.Sources.Indexes.Primary.Url);
        var winners = IndexResolution.Winners([.. publicIndex is null ? [] : new[] { publicIndex }, .. privateIndexes]);
        var finding = Judge(evidence, pattern, publicIndex, privateIndexes, winners);
        return Task.FromResult(Signal.Of(Name, finding is null ? [] : [finding]));
    }

    private static Finding? Judge(ReleaseEvidence evidence, string? pattern, IndexVersions? publicIndex, List<IndexVersions> privateIndexes, IReadOnlyList<IndexVersions> winners)
    {
        var privateHighest = privateIndexes.Select(i => i.Highest).OfType<PythonVersion>().DefaultIfEmpty().Max();
        var facts = Facts(evidence, pattern, publicIndex, privateIndexes, winners);
        if (pattern is not null && publicIndex is null)
        {
            return Build(DependencyConfusionCodes.InternalNameUnclaimed, Severity.Medium, facts,
                $"{evidence.Name} is declared internal ({pattern}) and is not registered on the public index: anyone can claim the name and, with a higher version, take over installs that also consult the public index.");
        }

        if (pattern is not null && (privateHighest is null || publicIndex!.Highest > privateHighest))
        {
            return Build(DependencyConfusionCodes.PublicShadowsPrivate, Severity.High, facts,
                $"{evidence.Name} is declared internal ({pattern}), but the public index offers {publicIndex!.Highest}, higher than {(privateHighest is null ? "anything on your private indexes" : $"your {privateHighest}")}: pip pools --extra-index-url candidates and installs the public one.");
        }

        if (pattern is not null)
        {
            return Build(DependencyConfusionCodes.InternalNameOnPublicIndex, Severity.Medium, facts,
                $"{evidence.Name} is declared internal ({pattern}) and also exists on the public index (highest {publicIndex!.Highest}, yours {privateHighest}): a higher public upload would win the next install.");
        }

        return publicIndex is null ? null : Build(DependencyConfusionCodes.UndeclaredCollision, Severity.Medium, facts,
            $"{evidence.Name} is served by a private index and also exists on the public index, and it is not declared internal: pip installs whichever offers the higher version ({string.Join(", ", winners.Select(w => w.Index))}).");
    }

    private static IndexVersions? PublicVersions(ReleaseEvidence evidence, string primaryUrl)
    {
        if (evidence.IndexPage is { } page)
        {
            return IndexVersions.Of(page);
        }

        // Known to the public JSON API without a Simple page: its release list still says what the public index offers.
        if (evidence.PrivateIndex is not null || evidence.Project is not { } project)
        {
            return null;
        }

        var versions = project.Releases.Where(r => r.Value.Count > 0).Select(r => PythonVersion.TryParse(r.Key, out var v) ? v : null).OfType<PythonVersion>().ToList();
        return new IndexVersions(primaryUrl, versions.Count == 0 ? null : versions.Where(v => !v.IsPrerelease).DefaultIfEmpty().Max() ?? versions.Max(), versions.Count);
    }

    private static Dictionary<string, string> Facts(ReleaseEvidence evidence, string? pattern, IndexVersions? publicIndex, List<IndexVersions> privateIndexes, IReadOnlyList<IndexVersions> winners)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = evidence.Name.Normalized,
            ["publicIndex"] = publicIndex?.Index ?? string.Empty,
            ["publicVersion"] = publicIndex?.Highest?.ToString() ?? "none",
            ["privateIndexes"] = string.Join(" ", privateIndexes.Select(i => i.Index)),
            ["privateVersion"] = privateIndexes.Select(i => i.Highest).OfType<PythonVersion>().DefaultIfEmpty().Max()?.ToString() ?? "none",
            ["resolvesFrom"] = winners.Count == 0 ? "none" : string.Join(" ", winners.Select(w => w.Index)),
            ["resolution"] = winners.Count > 1 ? "tie: pip may take the files of any of these indexes" : "pip pools all indexes and installs the highest version",
        };
        if (pattern is not null)
        {
            facts["internalPattern"] = pattern;
        }

        return facts;
    }

    private static Finding Build(string code, Severity severity, Dictionary<string, string> facts, string message) =>
        new() { Code = code, Severity = severity, Message = message, Evidence = facts, Remediation = Mitigation };
}

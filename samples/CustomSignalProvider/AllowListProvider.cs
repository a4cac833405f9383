using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Samples.CustomSignalProvider;

/// <summary>
/// A signal provider for an internal allow-list: a project the team has not reviewed gets finding
/// <see cref="NotAllowedCode"/>, medium, so the package is <c>review-required</c> (and fails <c>strict</c>). Providers
/// run concurrently for every inspected release, dependencies included; this one reads only the list it was given.
/// </summary>
/// <param name="allowList">The reviewed projects.</param>
public sealed class AllowListProvider(AllowList allowList) : ISignalProvider
{
    /// <summary>The finding's code: TC99xx is free for local use (docs/findings.md).</summary>
    public const string NotAllowedCode = "TC9901";

    /// <summary>The provider's name, shown beside its findings and in the report's <c>signals</c>.</summary>
    public string Name => "allow-list";

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Evidence.Name;
        if (allowList.Contains(name))
        {
            return Task.FromResult(Signal.Of(Name));
        }

        return Task.FromResult(Signal.Of(Name, new Finding
        {
            Code = NotAllowedCode,
            Severity = Severity.Medium,
            Message = $"{name} is not on the internal allow-list.",
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["package"] = name.Normalized,
                ["allowList"] = allowList.File,
            },
            Remediation = "Have the project reviewed, then add it to the allow-list.",
        }));
    }
}

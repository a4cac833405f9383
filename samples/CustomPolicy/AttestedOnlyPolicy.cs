using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Policies;
using TrustCheck.Reports;

namespace TrustCheck.Samples.CustomPolicy;

/// <summary>
/// A team's own policy, <c>attested-only</c>: every inspected package (dependencies too) must be <c>verified</c>
/// (every file's PEP 740 provenance verified, nothing of concern found), and must have no finding at all from the
/// <c>typosquatting</c> or <c>dependency-confusion</c> providers, not even a low one. A policy is pure and
/// synchronous: the same findings always give the same decision.
/// </summary>
public sealed class AttestedOnlyPolicy : IPolicy
{
    /// <summary>The name a request selects the policy by (<see cref="Inspection.InspectionRequest.Policy"/>).</summary>
    public const string PolicyName = "attested-only";

    /// <summary>
    /// The providers whose findings fail a package. A finding carries its code, not its provider's name; each built-in
    /// provider owns a documented range of codes (docs/findings.md), so the code says which provider found it.
    /// </summary>
    private static readonly (string Provider, int First, int Last)[] BlockingProviders =
    [
        ("typosquatting", 7000, 7999),
        ("dependency-confusion", 8000, 8999),
    ];

    /// <inheritdoc />
    public string Name => PolicyName;

    /// <inheritdoc />
    public PolicyDecision Evaluate(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<PolicyViolation>();
        foreach (var package in input.Packages)
        {
            if (package.Recommendation != Recommendation.Verified)
            {
                var verified = package.Files.Count(f => f.Provenance.Outcome == ProvenanceOutcome.Verified);
                violations.Add(new PolicyViolation(
                    package.Id,
                    "not-verified",
                    $"{package.Id} is {package.Recommendation.ToName()}; {verified} of {package.Files.Count} file(s) have verified provenance."));
            }

            foreach (var finding in package.Findings)
            {
                if (BlockingProvider(finding) is { } provider)
                {
                    violations.Add(new PolicyViolation(package.Id, "blocked-provider", $"{provider} ({finding.Code}): {finding.Message}", finding.Code));
                }
            }
        }

        return new PolicyDecision { Violations = violations };
    }

    private static string? BlockingProvider(Finding finding) =>
        finding.Code.StartsWith("TC", StringComparison.Ordinal)
        && int.TryParse(finding.Code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Array.Find(BlockingProviders, p => number >= p.First && number <= p.Last).Provider
            : null;
}

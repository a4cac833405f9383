using TrustCheck.Engine.Scoring;
using TrustCheck.Engine.Signals;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Inspection;
using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>A policy made of <see cref="PolicyRules"/>: the built-in profiles and policy files are all this.</summary>
/// <param name="name">The policy's name.</param>
/// <param name="rules">The rules.</param>
public sealed class RulesPolicy(string name, PolicyRules rules) : IPolicy
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <summary>The rules.</summary>
    public PolicyRules Rules { get; } = rules;

    /// <inheritdoc />
    /// <remarks>A policy file's <c>expectedRepository</c> applies when the request names none.</remarks>
    public InspectionOptions PrepareOptions(InspectionOptions requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        return requested.ExpectedRepository is null && Rules.ExpectedRepository is { } expected
            ? requested with { ExpectedRepository = expected }
            : requested;
    }

    /// <inheritdoc />
    public PolicyDecision Evaluate(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<PolicyViolation>();
        var suppressions = new List<AppliedSuppression>();
        var raised = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var package in input.Packages)
        {
            var (active, applied, expired) = ApplySuppressions(package, input.Now);
            suppressions.AddRange(applied);
            if (expired.Count > 0)
            {
                raised[package.Id] = expired;
            }

            var recommendation = RecommendationCalculator.Recommend([.. active, .. expired], package.Files, package.HasIndeterminateSignals);
            violations.AddRange(Check(package, active, recommendation, input));
        }

        return new PolicyDecision { Violations = violations, Suppressions = suppressions, Findings = raised };
    }

    private (List<Finding> Active, List<AppliedSuppression> Applied, List<Finding> Expired) ApplySuppressions(PackageAssessment package, DateTimeOffset now)
    {
        var active = new List<Finding>();
        var applied = new List<AppliedSuppression>();
        var expired = new List<Finding>();
        foreach (var finding in package.Findings)
        {
            var rules = Rules.Suppressions.Where(s => Matches(s, package, finding)).ToList();
            var live = rules.FirstOrDefault(s => s.Expires is null || s.Expires > now);
            if (live is not null)
            {
                applied.Add(new AppliedSuppression(package.Id, finding.Code, new SuppressionReport(live.Owner, live.Justification, live.Expires)));
                continue;
            }

            active.Add(finding);
            foreach (var rule in rules)
            {
                expired.Add(new Finding
                {
                    Code = EngineCodes.SuppressionExpired,
                    Severity = Severity.Low,
                    Message = $"The suppression of {finding.Code} owned by {rule.Owner} expired on {rule.Expires:yyyy-MM-dd} and no longer applies.",
                    Evidence = new Dictionary<string, string>
                    {
                        ["code"] = finding.Code,
                        ["owner"] = rule.Owner,
                        ["justification"] = rule.Justification,
                        ["expired"] = rule.Expires!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    },
                    Remediation = "Fix the underlying finding, or renew the suppression with a new justification and expiry.",
                });
            }
        }

        return (active, applied, expired);
    }

    private static bool Matches(SuppressionRule rule, PackageAssessment package, Finding finding) =>
        string.Equals(rule.Code, finding.Code, StringComparison.OrdinalIgnoreCase)
        && (rule.Package is null || string.Equals(Packaging.PackageName.Normalize(rule.Package), package.Name, StringComparison.Ordinal))
        && (rule.Version is null || string.Equals(rule.Version, package.Version, StringComparison.Ordinal))
        && (rule.Match is null || finding.Evidence.Values.Any(v => string.Equals(v, rule.Match, StringComparison.OrdinalIgnoreCase)));

    private IEnumerable<PolicyViolation> Check(PackageAssessment package, List<Finding> active, Recommendation recommendation, PolicyInput input)
    {
        if (Rules.FailOn.Contains(recommendation))
        {
            yield return new PolicyViolation(package.Id, "fail-on-recommendation", $"{package.Id} is {recommendation.ToName()}.");
        }

        if (Rules.FailOnSeverity is { } threshold)
        {
            foreach (var finding in active.Where(f => f.Severity >= threshold))
            {
                yield return new PolicyViolation(package.Id, "fail-on-severity", finding.Message, finding.Code);
            }
        }

        if (Rules.RequireVerifiedProvenance && (package.Files.Count == 0 || package.Files.Any(f => f.Provenance.Outcome != ProvenanceOutcome.Verified)))
        {
            yield return new PolicyViolation(package.Id, "require-verified-provenance", $"Not every file of {package.Id} has verified provenance.");
        }

        if (Rules.FailOnVulnerabilities)
        {
            foreach (var finding in active.Where(f => f.Code.StartsWith("TC6", StringComparison.Ordinal) && f.Severity > Severity.Info))
            {
                yield return new PolicyViolation(package.Id, "vulnerability", finding.Message, finding.Code);
            }
        }

        if (Rules.RequireExpectedRepository && package.IsRoot && !active.Any(f => f.Code == "TC4010"))
        {
            yield return new PolicyViolation(
                package.Id,
                "require-expected-repository",
                input.Options.ExpectedRepository is null
                    ? $"This policy requires --expected-repo for {package.Id}, and none was given."
                    : $"No verified attestation proves that {package.Id} comes from {input.Options.ExpectedRepository}.");
        }

        if (Rules.AllowedPublisherOrganisations.Count > 0)
        {
            foreach (var repository in package.Files.Where(f => f.Provenance.Outcome == ProvenanceOutcome.Verified).Select(f => f.Provenance.Publisher?.Repository).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var owner = repository.Split('/')[0];
                if (!Rules.AllowedPublisherOrganisations.Contains(owner, StringComparer.OrdinalIgnoreCase))
                {
                    yield return new PolicyViolation(package.Id, "allowed-publisher-organisations", $"{package.Id} is published from {repository}, whose owner '{owner}' is not allowed.");
                }
            }
        }
    }
}

using TrustCheck.Engine.Evidence;
using TrustCheck.Engine.Planning;
using TrustCheck.Engine.Scoring;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Http;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Reports;
using TrustCheck.Signals;

namespace TrustCheck.Engine.Reporting;

/// <summary>Turns the inspected packages, the plan and the policy's decision into the versioned report.</summary>
internal static class ReportBuilder
{
    public static TrustReport Build(IReadOnlyList<PackageOutcome> outcomes, InspectionPlan plan, IPolicy policy, PolicyDecision decision, InspectionOptions options, DateTimeOffset now)
    {
        var suppressed = decision.Suppressions.ToLookup(s => (s.Package, s.Code));
        var packages = outcomes
            .OrderByDescending(o => o.Planned.IsRoot)
            .ThenBy(o => o.Evidence.Name.Normalized, StringComparer.Ordinal)
            .ThenBy(o => o.Evidence.Version, StringComparer.Ordinal)
            .Select(o => Package(o, plan, suppressed, decision, options))
            .ToList();
        return new TrustReport
        {
            ToolVersion = TrustCheckUserAgent.Version,
            GeneratedAt = now,
            Target = new TargetReport(options.Target.PythonVersion, options.Target.Platform),
            Packages = packages,
            Policy = new PolicyReport(policy.Name, decision.Passed, decision.Violations),
        };
    }

    private static PackageReport Package(PackageOutcome outcome, InspectionPlan plan, ILookup<(string, string), AppliedSuppression> suppressed, PolicyDecision decision, InspectionOptions options)
    {
        var policyFindings = decision.Findings.GetValueOrDefault(outcome.Id) ?? [];
        var all = outcome.AllFindings.Concat(policyFindings.Select(f => ("policy", f))).ToList();
        var findings = all.Select(pair => new FindingReport
        {
            Code = pair.Item2.Code,
            Severity = pair.Item2.Severity.ToString().ToLowerInvariant(),
            Message = pair.Item2.Message,
            Evidence = pair.Item2.Evidence,
            Remediation = pair.Item2.Remediation,
            Provider = pair.Item1,
            Suppressed = suppressed[(outcome.Id, pair.Item2.Code)].FirstOrDefault()?.Suppression,
        }).ToList();
        var active = all.Where(p => !suppressed[(outcome.Id, p.Item2.Code)].Any()).Select(p => p.Item2).ToList();
        var (score, breakdown) = TrustScore.Compute(active);
        var name = outcome.Evidence.Name;
        return new PackageReport
        {
            Name = name.Normalized,
            Version = outcome.Evidence.Version,
            Root = outcome.Planned.IsRoot,
            Recommendation = RecommendationCalculator.Recommend(active, outcome.Evidence.Files, outcome.HasIndeterminateSignals),
            Score = score,
            ScoreBreakdown = breakdown,
            Findings = findings,
            Files = outcome.Evidence.Files.Select(File).ToList(),
            Dependencies = plan.Edges
                .Where(e => e.From == name && e.FromVersion == outcome.Evidence.Version)
                .Select(e => new DependencyReport(e.To.Normalized, e.ToVersion, e.Requirement))
                .ToList(),
            RequiredBy = plan.Edges
                .Where(e => e.To == name && e.ToVersion == outcome.Evidence.Version)
                .Select(e => $"{e.From.Normalized}=={e.FromVersion}")
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList(),
            DeclaredIn = options.Declared.Count == 0
                ? null
                : [.. options.Declared
                    .Where(d => d.Name == name && (d.Version is null || d.Version == outcome.Evidence.Version))
                    .Select(d => new DeclarationReport(d.Location.File, d.Location.Line, d.Requirement))
                    .Distinct()],
            Signals = outcome.Signals.Select(s => new SignalReport(s.Provider, s.Status switch { SignalStatus.Completed => "completed", SignalStatus.Skipped => "skipped", _ => "indeterminate" }, s.Error)).ToList(),
        };
    }

    private static FileReport File(DistributionEvidence file)
    {
        var provenance = file.Provenance;
        var publisher = PublisherIdentities.ToReport(provenance.Publisher);
        var failure = provenance.Failure is { } f ? new FailureReport(f.Stage, f.Reason) : null;
        return new FileReport(file.Filename, file.Sha256, new ProvenanceReport(provenance.Outcome.ToString().ToLowerInvariant(), failure, publisher));
    }

    internal static Finding Finding(string code, Severity severity, string message, Dictionary<string, string> evidence, string? remediation = null) =>
        new() { Code = code, Severity = severity, Message = message, Evidence = evidence, Remediation = remediation };
}

using TrustCheck.Policies;
using TrustCheck.Reports;

namespace TrustCheck.Cli.Scan;

/// <summary>
/// A policy that fails on anything not verified (<c>strict</c>, <c>release-gate</c>, or a policy file whose rules fail
/// <c>metadata-only</c>) also fails a scan whose
/// files install something TrustCheck cannot inspect (a URL, a local path, an editable or VCS install): nothing can be
/// verified about it. The <c>default</c> policy lists them and passes.
/// </summary>
internal static class NotInspectablePolicy
{
    private static readonly HashSet<string> Uninspectable = new(StringComparer.Ordinal) { "url", "local-path", "editable", "vcs" };

    public static TrustReport Apply(TrustReport report, PolicyRules rules)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules.FailOn.Contains(Recommendation.MetadataOnly))
        {
            return report;
        }

        var violations = (report.Inputs ?? [])
            .SelectMany(i => i.NotInspectable)
            .Where(n => Uninspectable.Contains(n.Reason))
            .Select(n => new PolicyViolation(n.Name ?? n.Text, "not-inspectable", $"{n.File}:{n.Line} installs something TrustCheck cannot inspect ({n.Reason}): {n.Text}"))
            .ToList();
        return violations.Count == 0
            ? report
            : report with { Policy = report.Policy with { Passed = false, Violations = [.. report.Policy.Violations, .. violations] } };
    }
}

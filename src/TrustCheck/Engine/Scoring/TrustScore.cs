using TrustCheck.Findings;
using TrustCheck.Reports;

namespace TrustCheck.Engine.Scoring;

/// <summary>
/// A 0–100 score with its explanation: 50 to start, +40 for fully verified provenance, +10 for a proven expected
/// repository, and a deduction per finding by severity (low −5, medium −15, high −40, critical −60).
/// </summary>
internal static class TrustScore
{
    private const int Start = 50;

    private static readonly Dictionary<string, (int Delta, string Reason)> Bonuses = new(StringComparer.Ordinal)
    {
        ["TC2001"] = (40, "every file has verified provenance"),
        ["TC4010"] = (10, "the expected repository is proven by the attestation"),
    };

    public static (int Score, IReadOnlyList<ScoreContribution> Breakdown) Compute(IEnumerable<Finding> findings)
    {
        var breakdown = new List<ScoreContribution>();
        foreach (var finding in findings)
        {
            if (Bonuses.TryGetValue(finding.Code, out var bonus))
            {
                breakdown.Add(new ScoreContribution(finding.Code, bonus.Delta, bonus.Reason));
                continue;
            }

            var delta = finding.Severity switch
            {
                Severity.Critical => -60,
                Severity.High => -40,
                Severity.Medium => -15,
                Severity.Low => -5,
                _ => 0,
            };
            if (delta != 0)
            {
                breakdown.Add(new ScoreContribution(finding.Code, delta, $"{finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}"));
            }
        }

        return (Math.Clamp(Start + breakdown.Sum(c => c.Delta), 0, 100), breakdown);
    }
}

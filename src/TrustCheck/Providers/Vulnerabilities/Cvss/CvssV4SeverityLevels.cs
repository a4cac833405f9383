namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// The severity level of each CVSS v4.0 metric value, in steps of 0.1 with 0 the most severe, used to measure how far
/// a vector is from its MacroVector's highest-severity vector (FIRST's reference calculator, <c>cvss_score.js</c>).
/// The levels are kept as the reference computes them, in binary floating point, so scores round identically.
/// </summary>
internal static class CvssV4SeverityLevels
{
    /// <summary>The metrics whose distance is measured, in the reference calculator's order.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR", "E"];

    private static readonly Dictionary<string, Dictionary<string, double>> Levels = new(StringComparer.Ordinal)
    {
        ["AV"] = new(StringComparer.Ordinal) { ["N"] = 0.0, ["A"] = 0.1, ["L"] = 0.2, ["P"] = 0.3 },
        ["PR"] = new(StringComparer.Ordinal) { ["N"] = 0.0, ["L"] = 0.1, ["H"] = 0.2 },
        ["UI"] = new(StringComparer.Ordinal) { ["N"] = 0.0, ["P"] = 0.1, ["A"] = 0.2 },
        ["AC"] = new(StringComparer.Ordinal) { ["L"] = 0.0, ["H"] = 0.1 },
        ["AT"] = new(StringComparer.Ordinal) { ["N"] = 0.0, ["P"] = 0.1 },
        ["VC"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VI"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VA"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["SC"] = new(StringComparer.Ordinal) { ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SI"] = new(StringComparer.Ordinal) { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SA"] = new(StringComparer.Ordinal) { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["CR"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["IR"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["AR"] = new(StringComparer.Ordinal) { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["E"] = new(StringComparer.Ordinal) { ["U"] = 0.2, ["P"] = 0.1, ["A"] = 0.0 },
    };

    /// <summary>The level of a metric value.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="value">The value.</param>
    /// <returns>The level.</returns>
    public static double Of(string metric, string value) => Levels[metric][value];
}

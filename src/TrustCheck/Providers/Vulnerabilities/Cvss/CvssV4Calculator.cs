namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// The CVSS v4.0 score of a vector (CVSS-B, -BT, -BE or -BTE, whichever metrics it states) per the FIRST v4.0
/// specification section 8.2: the vector's MacroVector score from the lookup table, lowered by the mean, over the
/// equivalence classes that have a lower MacroVector, of (available score difference to that lower MacroVector) ×
/// (the vector's severity distance from its MacroVector's highest-severity vector ÷ the class depth); then clamped to
/// 0–10 and rounded half up to one decimal. A vector with no impact on any system scores 0.0. Arithmetic follows
/// FIRST's reference calculator step for step, in binary floating point, so the rounding matches it.
/// </summary>
internal static class CvssV4Calculator
{
    private const double Step = 0.1;
    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    /// <summary>Computes the score.</summary>
    /// <param name="vector">A v4.0 vector.</param>
    /// <returns>The score, 0.0 to 10.0 with one decimal.</returns>
    /// <exception cref="ArgumentException">The vector is not a v4.0 vector.</exception>
    public static double Score(CvssVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Version != CvssVersion.Version40)
        {
            throw new ArgumentException($"'{vector.Text}' is not a CVSS v4.0 vector.", nameof(vector));
        }

        var metrics = new CvssV4EffectiveMetrics(vector);
        if (ImpactMetrics.All(m => metrics[m] == "N"))
        {
            return 0.0;
        }

        var macro = CvssV4MacroVector.Of(metrics);
        var value = MacroScore(macro) ?? throw new InvalidOperationException($"MacroVector {macro} of '{vector.Text}' is not in the lookup table.");
        var distances = Distances(metrics, macro);

        // Each class that has a lower MacroVector contributes (available difference) × (distance ÷ depth).
        var contributions = new List<double>(5);
        AddContribution(contributions, value, MacroScore(macro with { Eq1 = macro.Eq1 + 1 }), distances["AV"] + distances["PR"] + distances["UI"], CvssV4HighestSeverityVectors.DepthOfEq1(macro));
        AddContribution(contributions, value, MacroScore(macro with { Eq2 = macro.Eq2 + 1 }), distances["AC"] + distances["AT"], CvssV4HighestSeverityVectors.DepthOfEq2(macro));
        AddContribution(
            contributions,
            value,
            NextLowerEq3Eq6(macro),
            distances["VC"] + distances["VI"] + distances["VA"] + distances["CR"] + distances["IR"] + distances["AR"],
            CvssV4HighestSeverityVectors.DepthOfEq3Eq6(macro));
        AddContribution(contributions, value, MacroScore(macro with { Eq4 = macro.Eq4 + 1 }), distances["SC"] + distances["SI"] + distances["SA"], CvssV4HighestSeverityVectors.DepthOfEq4(macro));

        // EQ5 (Exploit Maturity) has a single value per class: its proportion is always 0, but it still counts.
        if (MacroScore(macro with { Eq5 = macro.Eq5 + 1 }) is not null)
        {
            contributions.Add(0);
        }

        var mean = contributions.Count == 0 ? 0 : Sum(contributions) / contributions.Count;
        return CvssRounding.RoundHalfUpToOneDecimal(Math.Max(0, Math.Min(10, value - mean)));
    }

    private static void AddContribution(List<double> contributions, double value, double? lower, double distance, int depth)
    {
        if (lower is { } next)
        {
            contributions.Add((value - next) * (distance / (depth * Step)));
        }
    }

    private static double Sum(List<double> values)
    {
        // Left to right, as the reference adds them.
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static double? MacroScore(CvssV4MacroVector macro) =>
        CvssV4MacroVectorScores.TryGet(macro.ToString(), out var score) ? score : null;

    private static double? NextLowerEq3Eq6(CvssV4MacroVector macro) => (macro.Eq3, macro.Eq6) switch
    {
        (0, 0) => Max(MacroScore(macro with { Eq6 = 1 }), MacroScore(macro with { Eq3 = 1 })),
        (1, 0) => MacroScore(macro with { Eq6 = 1 }),
        (0, 1) or (1, 1) => MacroScore(macro with { Eq3 = macro.Eq3 + 1 }),
        _ => MacroScore(macro with { Eq3 = macro.Eq3 + 1, Eq6 = macro.Eq6 + 1 }),
    };

    private static double? Max(double? left, double? right) =>
        left is null || right is null ? null : Math.Max(left.Value, right.Value);

    private static Dictionary<string, double> Distances(CvssV4EffectiveMetrics metrics, CvssV4MacroVector macro)
    {
        Dictionary<string, double>? distances = null;
        foreach (var highest in CvssV4HighestSeverityVectors.For(macro))
        {
            distances = CvssV4SeverityLevels.Metrics.ToDictionary(
                m => m,
                m => CvssV4SeverityLevels.Of(m, metrics[m]) - CvssV4SeverityLevels.Of(m, highest[m]),
                StringComparer.Ordinal);
            if (distances.Values.All(d => d >= 0))
            {
                break;
            }
        }

        return distances!;
    }
}

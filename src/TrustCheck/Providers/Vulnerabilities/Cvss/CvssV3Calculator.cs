namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// The CVSS v3.0 and v3.1 base score, exactly as the FIRST specifications define it (v3.1 section 7.1 and
/// Appendix A; v3.0 section 8.1). Temporal and environmental metrics, when a vector states them, do not change
/// the base score; advisories publish base scores.
/// </summary>
internal static class CvssV3Calculator
{
    /// <summary>Computes the base score.</summary>
    /// <param name="vector">A v3.0 or v3.1 vector.</param>
    /// <returns>The base score, 0.0 to 10.0 with one decimal.</returns>
    /// <exception cref="ArgumentException">The vector is not a v3 vector.</exception>
    public static double BaseScore(CvssVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Version is not (CvssVersion.Version30 or CvssVersion.Version31))
        {
            throw new ArgumentException($"'{vector.Text}' is not a CVSS v3 vector.", nameof(vector));
        }

        var scopeChanged = vector["S"] == "C";
        var iss = 1 - ((1 - Impact(vector["C"])) * (1 - Impact(vector["I"])) * (1 - Impact(vector["A"])));
        var impact = scopeChanged
            ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15))
            : 6.42 * iss;
        var exploitability = 8.22 * AttackVector(vector["AV"]) * AttackComplexity(vector["AC"]) * PrivilegesRequired(vector["PR"], scopeChanged) * UserInteraction(vector["UI"]);
        if (impact <= 0)
        {
            return 0;
        }

        var raw = scopeChanged ? Math.Min(1.08 * (impact + exploitability), 10) : Math.Min(impact + exploitability, 10);
        return vector.Version == CvssVersion.Version30 ? CvssRounding.RoundUpVersion30(raw) : CvssRounding.RoundUpVersion31(raw);
    }

    private static double AttackVector(string value) => value switch
    {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };

    private static double AttackComplexity(string value) => value == "L" ? 0.77 : 0.44;

    private static double PrivilegesRequired(string value, bool scopeChanged) => value switch
    {
        "N" => 0.85,
        "L" => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private static double UserInteraction(string value) => value == "N" ? 0.85 : 0.62;

    private static double Impact(string value) => value switch
    {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0,
    };
}

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>The rounding rules of the CVSS specifications, each reproduced as FIRST's calculators compute it.</summary>
internal static class CvssRounding
{
    /// <summary>
    /// CVSS v3.0 "Roundup": the smallest number with one decimal that is equal to or higher than the input
    /// (v3.0 specification section 7.4; FIRST's v3.0 calculator computes <c>ceil(x × 10) / 10</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public static double RoundUpVersion30(double value) => Math.Ceiling(value * 10) / 10;

    /// <summary>
    /// CVSS v3.1 "Roundup" (v3.1 specification, Appendix A): works on the value × 100,000 rounded to an integer, so
    /// that floating-point noise such as 4.000000000000001 does not round up to 4.1.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public static double RoundUpVersion31(double value)
    {
        var integer = (long)Math.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return integer % 10_000 == 0 ? integer / 100_000.0 : (Math.Floor(integer / 10_000.0) + 1) / 10.0;
    }

    /// <summary>
    /// CVSS v4.0 rounding: to one decimal, half up ("the score is rounded to one decimal place"). FIRST's reference
    /// calculators add 10⁻⁶ before rounding so that a value which is a half in decimal but lands just below it in
    /// binary floating point (8.6 − 0.05 = 8.549999999999999) still rounds up, as exact arithmetic would.
    /// </summary>
    /// <param name="value">A non-negative value.</param>
    /// <returns>The rounded value.</returns>
    public static double RoundHalfUpToOneDecimal(double value) => Math.Round((value + Version40Epsilon) * 10, MidpointRounding.AwayFromZero) / 10;

    private const double Version40Epsilon = 1e-6;
}

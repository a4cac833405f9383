using System.Globalization;

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// A CVSS v4.0 MacroVector: the six equivalence classes EQ1…EQ6 of a vector (specification section 8.2, table 24).
/// Lower is more severe in every class.
/// </summary>
/// <param name="Eq1">EQ1: AV/PR/UI, 0–2.</param>
/// <param name="Eq2">EQ2: AC/AT, 0–1.</param>
/// <param name="Eq3">EQ3: VC/VI/VA, 0–2.</param>
/// <param name="Eq4">EQ4: SC/SI/SA, 0–2.</param>
/// <param name="Eq5">EQ5: E, 0–2.</param>
/// <param name="Eq6">EQ6: CR/IR/AR with VC/VI/VA, 0–1.</param>
internal readonly record struct CvssV4MacroVector(int Eq1, int Eq2, int Eq3, int Eq4, int Eq5, int Eq6)
{
    /// <summary>Classifies a vector's effective metrics.</summary>
    /// <param name="m">The effective metrics.</param>
    /// <returns>The MacroVector.</returns>
    public static CvssV4MacroVector Of(CvssV4EffectiveMetrics m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var (av, pr, ui) = (m["AV"], m["PR"], m["UI"]);
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0
            : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1
            : 2;
        var eq2 = m["AC"] == "L" && m["AT"] == "N" ? 0 : 1;
        var (vc, vi, va) = (m["VC"], m["VI"], m["VA"]);
        var eq3 = vc == "H" && vi == "H" ? 0
            : vc == "H" || vi == "H" || va == "H" ? 1
            : 2;
        var eq4 = m["SI"] == "S" || m["SA"] == "S" ? 0
            : m["SC"] == "H" || m["SI"] == "H" || m["SA"] == "H" ? 1
            : 2;
        var eq5 = m["E"] switch
        {
            "A" => 0,
            "P" => 1,
            _ => 2,
        };
        var eq6 = (m["CR"] == "H" && vc == "H") || (m["IR"] == "H" && vi == "H") || (m["AR"] == "H" && va == "H") ? 0 : 1;
        return new CvssV4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
    }

    /// <summary>The six digits, as the specification's lookup table keys them (<c>"001200"</c>).</summary>
    /// <returns>The key.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Eq1}{Eq2}{Eq3}{Eq4}{Eq5}{Eq6}");
}

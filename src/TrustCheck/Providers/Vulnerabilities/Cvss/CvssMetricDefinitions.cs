namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// The metrics each CVSS version defines and the values each may take, with the base metrics every vector must state.
/// From the FIRST specifications: CVSS v3.1 (and v3.0) section 6 table 15, CVSS v4.0 section 7 table 23.
/// </summary>
internal sealed class CvssMetricDefinitions
{
    /// <summary>The value of a metric that is not defined (environmental and threat metrics may be omitted).</summary>
    public const string NotDefined = "X";

    private static readonly string[] ThreeValues = ["X", "L", "M", "H"];

    private CvssMetricDefinitions(IReadOnlyDictionary<string, string[]> allowed, IReadOnlyList<string> mandatory)
    {
        Allowed = allowed;
        Mandatory = mandatory;
    }

    /// <summary>CVSS v3.0 and v3.1: base, temporal and environmental metrics.</summary>
    public static CvssMetricDefinitions Version3 { get; } = new(
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["AV"] = ["N", "A", "L", "P"],
            ["AC"] = ["L", "H"],
            ["PR"] = ["N", "L", "H"],
            ["UI"] = ["N", "R"],
            ["S"] = ["U", "C"],
            ["C"] = ["H", "L", "N"],
            ["I"] = ["H", "L", "N"],
            ["A"] = ["H", "L", "N"],
            ["E"] = ["X", "H", "F", "P", "U"],
            ["RL"] = ["X", "U", "W", "T", "O"],
            ["RC"] = ["X", "C", "R", "U"],
            ["CR"] = ThreeValues,
            ["IR"] = ThreeValues,
            ["AR"] = ThreeValues,
            ["MAV"] = ["X", "N", "A", "L", "P"],
            ["MAC"] = ["X", "L", "H"],
            ["MPR"] = ["X", "N", "L", "H"],
            ["MUI"] = ["X", "N", "R"],
            ["MS"] = ["X", "U", "C"],
            ["MC"] = ["X", "H", "L", "N"],
            ["MI"] = ["X", "H", "L", "N"],
            ["MA"] = ["X", "H", "L", "N"],
        },
        ["AV", "AC", "PR", "UI", "S", "C", "I", "A"]);

    /// <summary>CVSS v4.0: base, threat, environmental and supplemental metrics.</summary>
    public static CvssMetricDefinitions Version4 { get; } = new(
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["AV"] = ["N", "A", "L", "P"],
            ["AC"] = ["L", "H"],
            ["AT"] = ["N", "P"],
            ["PR"] = ["N", "L", "H"],
            ["UI"] = ["N", "P", "A"],
            ["VC"] = ["H", "L", "N"],
            ["VI"] = ["H", "L", "N"],
            ["VA"] = ["H", "L", "N"],
            ["SC"] = ["H", "L", "N"],
            ["SI"] = ["H", "L", "N"],
            ["SA"] = ["H", "L", "N"],
            ["E"] = ["X", "A", "P", "U"],
            ["CR"] = ["X", "H", "M", "L"],
            ["IR"] = ["X", "H", "M", "L"],
            ["AR"] = ["X", "H", "M", "L"],
            ["MAV"] = ["X", "N", "A", "L", "P"],
            ["MAC"] = ["X", "L", "H"],
            ["MAT"] = ["X", "N", "P"],
            ["MPR"] = ["X", "N", "L", "H"],
            ["MUI"] = ["X", "N", "P", "A"],
            ["MVC"] = ["X", "H", "L", "N"],
            ["MVI"] = ["X", "H", "L", "N"],
            ["MVA"] = ["X", "H", "L", "N"],
            ["MSC"] = ["X", "H", "L", "N"],
            ["MSI"] = ["X", "S", "H", "L", "N"],
            ["MSA"] = ["X", "S", "H", "L", "N"],
            ["S"] = ["X", "N", "P"],
            ["AU"] = ["X", "N", "Y"],
            ["R"] = ["X", "A", "U", "I"],
            ["V"] = ["X", "D", "C"],
            ["RE"] = ["X", "L", "M", "H"],
            ["U"] = ["X", "Clear", "Green", "Amber", "Red"],
        },
        ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"]);

    /// <summary>The values each metric may take, by abbreviation.</summary>
    public IReadOnlyDictionary<string, string[]> Allowed { get; }

    /// <summary>The base metrics a vector must state.</summary>
    public IReadOnlyList<string> Mandatory { get; }
}

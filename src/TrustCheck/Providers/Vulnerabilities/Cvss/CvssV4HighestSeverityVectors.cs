namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// For each CVSS v4.0 equivalence class, its highest-severity vectors (the vectors a MacroVector's score belongs to)
/// and its depth: the largest severity distance inside the class, plus one (specification section 8.2, "Scoring
/// within a MacroVector"; FIRST's reference calculator, <c>max_composed.js</c> and <c>max_severity.js</c>).
/// </summary>
internal static class CvssV4HighestSeverityVectors
{
    private static readonly string[][] Eq1 =
    [
        ["AV:N/PR:N/UI:N"],
        ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"],
        ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"],
    ];

    private static readonly string[][] Eq2 =
    [
        ["AC:L/AT:N"],
        ["AC:H/AT:N", "AC:L/AT:P"],
    ];

    private static readonly Dictionary<(int Eq3, int Eq6), string[]> Eq3Eq6 = new()
    {
        [(0, 0)] = ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"],
        [(0, 1)] = ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"],
        [(1, 0)] = ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],
        [(1, 1)] =
        [
            "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M",
            "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M",
        ],
        [(2, 1)] = ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],
    };

    private static readonly string[][] Eq4 =
    [
        ["SC:H/SI:S/SA:S"],
        ["SC:H/SI:H/SA:H"],
        ["SC:L/SI:L/SA:L"],
    ];

    private static readonly string[][] Eq5 =
    [
        ["E:A"],
        ["E:P"],
        ["E:U"],
    ];

    private static readonly int[] Eq1Depth = [1, 4, 5];
    private static readonly int[] Eq2Depth = [1, 2];
    private static readonly int[] Eq4Depth = [6, 5, 4];

    private static readonly Dictionary<(int Eq3, int Eq6), int> Eq3Eq6Depth = new()
    {
        [(0, 0)] = 7,
        [(0, 1)] = 6,
        [(1, 0)] = 8,
        [(1, 1)] = 8,
        [(2, 1)] = 10,
    };

    /// <summary>
    /// The highest-severity vectors of a MacroVector, composed from each class's own, in the order the reference
    /// calculator tries them (EQ1 outermost, EQ5 innermost).
    /// </summary>
    /// <param name="macro">The MacroVector.</param>
    /// <returns>Each vector as metric → value, for AV, PR, UI, AC, AT, VC, VI, VA, CR, IR, AR, SC, SI, SA and E.</returns>
    public static IEnumerable<IReadOnlyDictionary<string, string>> For(CvssV4MacroVector macro) =>
        from eq1 in Eq1[macro.Eq1]
        from eq2 in Eq2[macro.Eq2]
        from eq3 in Eq3Eq6[(macro.Eq3, macro.Eq6)]
        from eq4 in Eq4[macro.Eq4]
        from eq5 in Eq5[macro.Eq5]
        select Compose(eq1, eq2, eq3, eq4, eq5);

    /// <summary>The depth of EQ1 (AV/PR/UI) for a MacroVector.</summary>
    /// <param name="macro">The MacroVector.</param>
    /// <returns>The depth, in 0.1 steps.</returns>
    public static int DepthOfEq1(CvssV4MacroVector macro) => Eq1Depth[macro.Eq1];

    /// <summary>The depth of EQ2 (AC/AT) for a MacroVector.</summary>
    /// <param name="macro">The MacroVector.</param>
    /// <returns>The depth, in 0.1 steps.</returns>
    public static int DepthOfEq2(CvssV4MacroVector macro) => Eq2Depth[macro.Eq2];

    /// <summary>The depth of EQ3 and EQ6 together (VC/VI/VA with CR/IR/AR) for a MacroVector.</summary>
    /// <param name="macro">The MacroVector.</param>
    /// <returns>The depth, in 0.1 steps.</returns>
    public static int DepthOfEq3Eq6(CvssV4MacroVector macro) => Eq3Eq6Depth[(macro.Eq3, macro.Eq6)];

    /// <summary>The depth of EQ4 (SC/SI/SA) for a MacroVector.</summary>
    /// <param name="macro">The MacroVector.</param>
    /// <returns>The depth, in 0.1 steps.</returns>
    public static int DepthOfEq4(CvssV4MacroVector macro) => Eq4Depth[macro.Eq4];

    private static Dictionary<string, string> Compose(params string[] parts) =>
        parts.SelectMany(p => p.Split('/'))
            .Select(m => m.Split(':'))
            .ToDictionary(m => m[0], m => m[1], StringComparer.Ordinal);
}

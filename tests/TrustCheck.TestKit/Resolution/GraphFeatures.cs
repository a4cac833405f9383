namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// How often <see cref="GraphGenerator"/> uses each feature. Rates are probabilities in [0, 1]; unless
/// <see cref="VaryBySeed"/> is off, each graph scales every rate by its own random factor in [0.25, 1.75] (clamped),
/// so some seeds are full of pre-releases and others have none.
/// </summary>
public sealed record GraphFeatures
{
    /// <summary>The defaults: see each property.</summary>
    public static GraphFeatures Default { get; } = new();

    /// <summary>Fewest projects in a graph (root included). Default 4.</summary>
    public int MinProjects { get; init; } = 4;

    /// <summary>Most projects in a graph (root included). Default 15.</summary>
    public int MaxProjects { get; init; } = 15;

    /// <summary>Fewest releases per project. Default 1.</summary>
    public int MinReleases { get; init; } = 1;

    /// <summary>Most releases per project (a pre-release counts). Default 6.</summary>
    public int MaxReleases { get; init; } = 6;

    /// <summary>Most requirements a release declares on other projects (extras' requirements not counted). Default 2.</summary>
    public int MaxRequirements { get; init; } = 2;

    /// <summary>Per project (root excepted): its newest release is a pre-release (<c>3.0.0rc1</c>, <c>b2</c>, <c>a1</c>). Default 0.2.</summary>
    public double PreReleaseRate { get; init; } = 0.2;

    /// <summary>Per release (root excepted): the release is yanked. Default 0.08.</summary>
    public double YankedRate { get; init; } = 0.08;

    /// <summary>Per release (root excepted): <c>Requires-Python: &gt;=3.12</c> (excludes the 3.11 interpreter). Default 0.08.</summary>
    public double ExcludingRequiresPythonRate { get; init; } = 0.08;

    /// <summary>Per release: <c>Requires-Python: &gt;=3.8</c> (admits the interpreter), when not excluding. Default 0.2.</summary>
    public double AdmittingRequiresPythonRate { get; init; } = 0.2;

    /// <summary>Per project (root excepted): it provides an extra <c>fast</c> with its own requirements. Default 0.3.</summary>
    public double ExtraRate { get; init; } = 0.3;

    /// <summary>Per requirement on a project that provides an extra: the requirement asks for it (<c>pkg-b[fast]</c>). Default 0.6.</summary>
    public double ExtraRequestRate { get; init; } = 0.6;

    /// <summary>
    /// Per requirement: a marker, one of <c>python_version &lt; "3.8"</c>, <c>sys_platform == "win32"</c> (both false
    /// on the target) and <c>sys_platform == "linux"</c> (true). Default 0.15.
    /// </summary>
    public double MarkerRate { get; init; } = 0.15;

    /// <summary>
    /// Per requirement of a release other than the root's: it asks for a version the project does not have
    /// (<c>==9.9.9</c>, <c>&gt;=50</c>). Default 0.04.
    /// </summary>
    public double MissingVersionRate { get; init; } = 0.04;

    /// <summary>Per release (root excepted): one more requirement on a project no index has (<c>pkg-ghost</c>). Default 0.02.</summary>
    public double MissingProjectRate { get; init; } = 0.02;

    /// <summary>Per requirement: it points back at an earlier project (a cycle, possibly through the root). Default 0.05.</summary>
    public double CycleRate { get; init; } = 0.05;

    /// <summary>
    /// Per graph: a backtracking trap. Projects P and Q are required by the root; the newest release of P caps a deeper
    /// project D below its newest versions while every release of Q needs D's newest, so only an older P resolves.
    /// Default 0.5.
    /// </summary>
    public double ConflictTrapRate { get; init; } = 0.5;

    /// <summary>
    /// Weights of the specifier kinds of a requirement, in the order: none, range (<c>&gt;=a,&lt;b</c>), pin
    /// (<c>==v</c>), exclusion (<c>!=v</c>), compatible (<c>~=</c>), upper bound (<c>&lt;v</c>), lower bound
    /// (<c>&gt;=v</c>). Versions are drawn from the project's own, so each specifier admits at least one of its
    /// versions (before yanked releases, pre-releases and <c>Requires-Python</c> are considered). Default 4, 2, 1, 1, 1, 1, 3.
    /// </summary>
    public IReadOnlyList<int> SpecifierWeights { get; init; } = [4, 2, 1, 1, 1, 1, 3];

    /// <summary>Whether each seed scales the rates by its own factors (see the type's remarks). Default true.</summary>
    public bool VaryBySeed { get; init; } = true;

    /// <summary>These features with every rate scaled by a factor in [0.25, 1.75] drawn from <paramref name="random"/>, clamped to [0, 1].</summary>
    /// <param name="random">The graph's random source.</param>
    public GraphFeatures Varied(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double Scale(double rate) => Math.Clamp(rate * (0.25 + (1.5 * random.NextDouble())), 0, 1);
        return this with
        {
            PreReleaseRate = Scale(PreReleaseRate),
            YankedRate = Scale(YankedRate),
            ExcludingRequiresPythonRate = Scale(ExcludingRequiresPythonRate),
            AdmittingRequiresPythonRate = Scale(AdmittingRequiresPythonRate),
            ExtraRate = Scale(ExtraRate),
            ExtraRequestRate = Scale(ExtraRequestRate),
            MarkerRate = Scale(MarkerRate),
            MissingVersionRate = Scale(MissingVersionRate),
            MissingProjectRate = Scale(MissingProjectRate),
            CycleRate = Scale(CycleRate),
            ConflictTrapRate = Scale(ConflictTrapRate),
        };
    }
}

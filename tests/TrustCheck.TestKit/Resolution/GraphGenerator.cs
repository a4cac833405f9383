using System.Globalization;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// Generates dependency graphs for the differential test against pip, deterministically from a seed (one
/// <see cref="Random"/> per graph, draws in a fixed order). See <see cref="GraphFeatures"/> for what a graph holds and how
/// often.
/// </summary>
/// <remarks>
/// Projects are <c>pkg-a</c>, <c>pkg-b</c>, … (the root is <c>pkg-a</c>); a release requires later projects (earlier
/// ones only as a cycle), and every project is required by at least one release of an earlier project, so most of the
/// graph is reachable. Versions are final releases <c>M.m.p</c> in increasing order, optionally followed by one
/// pre-release of the next major. The root's releases are never yanked nor excluded by <c>Requires-Python</c>, and
/// the root version asked for is a final release.
/// </remarks>
public static class GraphGenerator
{
    /// <summary>The one extra generated projects provide.</summary>
    public const string ExtraName = "fast";

    /// <summary>The project generated requirements name that no index has.</summary>
    public const string MissingProjectName = "pkg-ghost";

    /// <summary>The <c>Requires-Python</c> that excludes a 3.11 interpreter.</summary>
    public const string ExcludingRequiresPython = ">=3.12";

    private static readonly string[] Markers = ["python_version < \"3.8\"", "sys_platform == \"win32\"", "sys_platform == \"linux\""];
    private static readonly string[] PreReleaseSuffixes = ["rc1", "b2", "a1"];

    /// <summary>Generates the graph of a seed.</summary>
    /// <param name="seed">The seed; the same seed and features give the same graph.</param>
    /// <param name="features">The feature rates; <see cref="GraphFeatures.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The features ask for fewer than 2 or more than 26 projects, or no release.</exception>
    public static GeneratedGraph Generate(int seed, GraphFeatures? features = null)
    {
        features ??= GraphFeatures.Default;
        if (features.MinProjects < 2 || features.MaxProjects > 26 || features.MinProjects > features.MaxProjects)
        {
            throw new ArgumentOutOfRangeException(nameof(features), "A graph has between 2 and 26 projects.");
        }

        if (features.MinReleases < 1 || features.MinReleases > features.MaxReleases)
        {
            throw new ArgumentOutOfRangeException(nameof(features), "A project has at least one release.");
        }

        var random = new Random(seed);
        if (features.VaryBySeed)
        {
            features = features.Varied(random);
        }

        var count = random.Next(features.MinProjects, features.MaxProjects + 1);
        var projects = Enumerable.Range(0, count).Select(i => NewProject(i, random, features)).ToArray();
        for (var i = 0; i < count; i++)
        {
            AddRequirements(projects, i, random, features);
        }

        Connect(projects, random);
        if (count >= 4 && random.NextDouble() < features.ConflictTrapRate)
        {
            AddConflictTrap(projects, random);
        }

        var root = projects[0];
        var rootFinals = root.Releases.Select(static r => r.Version).ToList();
        var rootVersion = random.NextDouble() < 0.7 ? rootFinals[^1] : rootFinals[random.Next(rootFinals.Count)];
        return new GeneratedGraph(
            seed,
            features,
            [.. projects.Select(static p => new GeneratedProject(p.Name, [.. p.Releases.Select(r => r.Freeze(p.ProvidesExtra))]))],
            root.Name,
            rootVersion);
    }

    private static string NameOf(int index) => "pkg-" + (char)('a' + index);

    private static ProjectDraft NewProject(int index, Random random, GraphFeatures features)
    {
        var isRoot = index == 0;
        var releaseCount = random.Next(features.MinReleases, features.MaxReleases + 1);
        var preRelease = !isRoot && random.NextDouble() < features.PreReleaseRate;
        var finals = preRelease ? releaseCount - 1 : releaseCount;
        var versions = new List<string>();
        var (major, minor, patch) = (random.Next(0, 3), random.Next(0, 4), 0);
        for (var i = 0; i < finals; i++)
        {
            if (i > 0)
            {
                var step = random.NextDouble();
                (major, minor, patch) = step < 0.35 ? (major + 1, 0, 0) : step < 0.8 ? (major, minor + 1, 0) : (major, minor, patch + 1);
            }

            versions.Add(string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{patch}"));
        }

        if (preRelease)
        {
            var next = finals == 0 ? 1 : major + 1;
            versions.Add(string.Create(CultureInfo.InvariantCulture, $"{next}.0.0{PreReleaseSuffixes[random.Next(PreReleaseSuffixes.Length)]}"));
        }

        var providesExtra = !isRoot && random.NextDouble() < features.ExtraRate;
        var project = new ProjectDraft(NameOf(index), providesExtra);
        foreach (var version in versions)
        {
            var release = new ReleaseDraft(version);
            if (!isRoot)
            {
                release.Yanked = random.NextDouble() < features.YankedRate;
                release.RequiresPython = random.NextDouble() < features.ExcludingRequiresPythonRate
                    ? ExcludingRequiresPython
                    : random.NextDouble() < features.AdmittingRequiresPythonRate ? ">=3.8" : null;
            }
            else if (random.NextDouble() < features.AdmittingRequiresPythonRate)
            {
                release.RequiresPython = ">=3.8";
            }

            project.Releases.Add(release);
        }

        return project;
    }

    private static void AddRequirements(ProjectDraft[] projects, int index, Random random, GraphFeatures features)
    {
        var project = projects[index];
        var later = projects.Length - index - 1;
        foreach (var release in project.Releases)
        {
            var wanted = random.Next(index == 0 ? 1 : 0, features.MaxRequirements + 1);
            var targets = new HashSet<int>();
            for (var n = 0; n < wanted; n++)
            {
                var cycle = index > 0 && random.NextDouble() < features.CycleRate;
                if (cycle)
                {
                    targets.Add(random.Next(0, index));
                }
                else if (later > 0)
                {
                    targets.Add(index + 1 + random.Next(later));
                }
            }

            foreach (var target in targets.Order())
            {
                release.Requires.Add(Requirement(projects[target], random, features, MarkerOf(random, features), allowMissing: index > 0));
            }

            if (project.ProvidesExtra && later > 0)
            {
                var extras = random.Next(1, 3);
                for (var n = 0; n < extras; n++)
                {
                    var target = projects[index + 1 + random.Next(later)];
                    var marker = MarkerOf(random, features) is { } other ? $"{other} and extra == \"{ExtraName}\"" : $"extra == \"{ExtraName}\"";
                    release.Requires.Add(Requirement(target, random, features, marker));
                }
            }

            if (index > 0 && random.NextDouble() < features.MissingProjectRate)
            {
                release.Requires.Add(MissingProjectName + ">=1.0");
            }
        }
    }

    /// <summary>Requires every project not yet required by an earlier one from the newest release of an earlier project (and others at random).</summary>
    private static void Connect(ProjectDraft[] projects, Random random)
    {
        for (var j = 1; j < projects.Length; j++)
        {
            var name = projects[j].Name;
            var required = projects.Take(j).Any(p => p.Releases.Any(r => r.Requires.Any(q => NameOfRequirement(q) == name)));
            if (required)
            {
                continue;
            }

            var parent = projects[random.Next(0, j)];
            for (var r = 0; r < parent.Releases.Count; r++)
            {
                if (r == parent.Releases.Count - 1 || random.NextDouble() < 0.5)
                {
                    parent.Releases[r].Requires.Add(name);
                }
            }
        }
    }

    /// <summary>
    /// P and Q required by every root release; P's newest release caps D below its second final version, every release
    /// of Q needs D's newest final, so pip must backtrack P (or finds no solution when no older P fits).
    /// </summary>
    private static void AddConflictTrap(ProjectDraft[] projects, Random random)
    {
        var deep = Enumerable.Range(3, projects.Length - 3).Where(j => projects[j].Finals.Count >= 2).ToList();
        var parents = Enumerable.Range(1, projects.Length - 1).ToList();
        if (deep.Count == 0)
        {
            return;
        }

        var d = deep[random.Next(deep.Count)];
        var pCandidates = parents.Where(i => i < d && projects[i].Releases.Count >= 2).ToList();
        if (pCandidates.Count == 0)
        {
            return;
        }

        var p = pCandidates[random.Next(pCandidates.Count)];
        var qCandidates = parents.Where(i => i < d && i != p).ToList();
        var q = qCandidates[random.Next(qCandidates.Count)];
        var target = projects[d];
        projects[p].Releases[^1].Requires.Add($"{target.Name}<{target.Finals[1]}");
        foreach (var release in projects[q].Releases)
        {
            release.Requires.Add($"{target.Name}>={target.Finals[^1]}");
        }

        foreach (var release in projects[0].Releases)
        {
            foreach (var parent in new[] { projects[p].Name, projects[q].Name })
            {
                if (!release.Requires.Any(r => NameOfRequirement(r) == parent))
                {
                    release.Requires.Add(parent);
                }
            }
        }
    }

    private static string? MarkerOf(Random random, GraphFeatures features) =>
        random.NextDouble() < features.MarkerRate ? Markers[random.Next(Markers.Length)] : null;

    private static string Requirement(ProjectDraft target, Random random, GraphFeatures features, string? marker, bool allowMissing = true)
    {
        var extras = target.ProvidesExtra && random.NextDouble() < features.ExtraRequestRate ? $"[{ExtraName}]" : string.Empty;
        var specifier = allowMissing && random.NextDouble() < features.MissingVersionRate
            ? (random.Next(2) == 0 ? "==9.9.9" : ">=50.0")
            : Specifier(target, random, features);
        var text = target.Name + extras + specifier;
        return marker is null ? text : $"{text}; {marker}";
    }

    private static string Specifier(ProjectDraft target, Random random, GraphFeatures features)
    {
        var versions = target.Releases.Select(static r => r.Version).ToList();
        var pick = target.Finals.Count > 0 && random.NextDouble() < 0.85 ? target.Finals[random.Next(target.Finals.Count)] : versions[random.Next(versions.Count)];
        var index = versions.IndexOf(pick);
        switch (Weighted(features.SpecifierWeights, random))
        {
            case 1:
                var upper = index + 1 < versions.Count ? versions[index + 1 + random.Next(versions.Count - index - 1)] : NextMajor(pick);
                return $">={pick},<{upper}";
            case 2:
                return "==" + pick;
            case 3 when versions.Count > 1:
                return "!=" + pick;
            case 4:
                var parts = pick.Split('.');
                return random.Next(2) == 0 ? $"~={parts[0]}.{parts[1]}" : "~=" + pick;
            case 5:
                return "<" + (index > 0 ? pick : NextMajor(pick));
            case 6:
                return ">=" + pick;
            default:
                return string.Empty;
        }
    }

    private static string NextMajor(string version) =>
        string.Create(CultureInfo.InvariantCulture, $"{int.Parse(version.Split('.')[0], CultureInfo.InvariantCulture) + 1}.0");

    private static int Weighted(IReadOnlyList<int> weights, Random random)
    {
        var total = weights.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var draw = random.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return 0;
    }

    private static string NameOfRequirement(string requirement)
    {
        var end = requirement.IndexOfAny(['[', '<', '>', '=', '!', '~', ';', ' ']);
        return end < 0 ? requirement : requirement[..end];
    }

    private sealed class ProjectDraft(string name, bool providesExtra)
    {
        public string Name { get; } = name;

        public bool ProvidesExtra { get; } = providesExtra;

        public List<ReleaseDraft> Releases { get; } = [];

        public List<string> Finals => [.. Releases.Select(static r => r.Version).Where(static v => v.All(static c => char.IsDigit(c) || c == '.'))];
    }

    private sealed class ReleaseDraft(string version)
    {
        public string Version { get; } = version;

        public List<string> Requires { get; } = [];

        public string? RequiresPython { get; set; }

        public bool Yanked { get; set; }

        public GeneratedRelease Freeze(bool providesExtra) =>
            new(Version, [.. Requires], RequiresPython, Yanked, providesExtra ? [ExtraName] : []);
    }
}

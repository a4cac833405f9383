using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// The mixed packages the fault and load tests inspect: recorded real releases (one with provenance that verifies,
/// one with real advisories), generated releases with dependency graphs (direct and transitive), and pairs.
/// </summary>
internal static class LoadWorkload
{
    private const int SyntheticCount = 40;
    private static readonly SyntheticPackageOptions Synthetic = new() { NamePrefix = "load-pkg-", DependencyCount = 3 };

    /// <summary>Serves the workload's packages, with <c>max-age=0</c> so that every inspection asks again (304s).</summary>
    public static EvidenceServer Serve(EvidenceServer server, bool revalidateEveryTime = true)
    {
        server.LoadSharedData().AddSyntheticPackages(SyntheticCount, Synthetic);
        new FakeIndex()
            .Add("app", "1.0", "lib-a[extra1]>=1", "lib-win; sys_platform == 'win32'")
            .Add("lib-a", "1.0", "lib-b", "lib-c; extra == 'extra1'")
            .Add("lib-b", "1.0", "app")
            .Add("lib-b", new FakeRelease("2.0", ["app"], Yanked: true))
            .Add("lib-c", "1.0")
            .Add("lib-win", "1.0")
            .Add("jinja2", "2.10")
            .Add("urllib3", "1.24.1")
            .ServeOn(server);
        if (revalidateEveryTime)
        {
            server.Caching.JsonApiMaxAge = TimeSpan.Zero;
            server.Caching.SimpleMaxAge = TimeSpan.Zero;
            server.Caching.OsvMaxAge = TimeSpan.Zero;
        }

        return server;
    }

    /// <summary>Every distinct inspection of the workload.</summary>
    public static IReadOnlyList<InspectionRequest> Distinct { get; } = BuildDistinct();

    /// <summary><paramref name="count"/> inspections drawn from <see cref="Distinct"/> (indices into it), each at least once when there is room.</summary>
    public static IReadOnlyList<int> Sequence(int count, int seed)
    {
        var random = new Random(seed);
        var sequence = Enumerable.Range(0, count).Select(i => i < Distinct.Count ? i : random.Next(Distinct.Count)).ToArray();
        random.Shuffle(sequence);
        return sequence;
    }

    private static List<InspectionRequest> BuildDistinct()
    {
        var requests = new List<InspectionRequest>
        {
            One("sampleproject", "4.0.0"),
            One("six", "1.11.0"),
            One("requests", "2.19.0"),
            One("app", "1.0") with { Dependencies = DependencyMode.Transitive },
            new() { Packages = [Package("jinja2", "2.10"), Package("urllib3", "1.24.1")] },
        };
        for (var index = 1; index <= SyntheticCount; index++)
        {
            // Direct dependencies for most; the whole graph (all preceding packages) for the first few.
            var mode = index <= 6 ? DependencyMode.Transitive : index % 3 == 0 ? DependencyMode.None : DependencyMode.Direct;
            requests.Add(One(Synthetic.NameOf(index), Synthetic.Version) with { Dependencies = mode });
        }

        return requests;
    }

    private static InspectionRequest One(string name, string version) => new() { Packages = [Package(name, version)] };

    private static PackageRequest Package(string name, string version) => new(PackageName.Parse(name), version);
}

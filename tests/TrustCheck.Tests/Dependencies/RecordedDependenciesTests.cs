using TrustCheck.Dependencies;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Dependencies;

/// <summary>
/// The resolver over the recorded real PyPI responses of the shared data (served by the loopback server): only the
/// projects whose JSON the shared data holds resolve. Like pip, the search stops at the first dependency that exists
/// nowhere (pip's preference picks it: upper-bounded names first, then by name), which is named as an unknown project
/// beside the root's "no solution"; the root's own requirements are still shown as its edges.
/// </summary>
public sealed class RecordedDependenciesTests : IAsyncLifetime
{
    private static readonly TargetEnvironment Linux312 = new("3.12", "linux_x86_64");
    private static readonly TargetEnvironment Windows312 = new("3.12", "win_amd64");
    private static readonly TargetEnvironment Linux27 = new("2.7", "linux_x86_64");
    private static readonly TargetEnvironment Windows27 = new("2.7", "win_amd64");

    private static readonly string[] UnconditionalDependencies = ["certifi", "chardet", "idna", "urllib3"];

    private EvidenceServer _server = null!;
    private SourceHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = (await EvidenceServer.StartAsync()).LoadSharedData();
        _host = SourceHost.Create(_server);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ResolveAsync_Requests2190OnLinux_StopsAtTheFirstUnknownDependencyAsPipDoes()
    {
        var graph = await Resolve(Root("requests", "2.19.0"), Linux312);

        Assert.Equal(["requests==2.19.0 (root)"], GraphText.Nodes(graph));
        Assert.Equal(
            [
                "requests==2.19.0 -> certifi==? : certifi (>=2017.4.17)",
                "requests==2.19.0 -> chardet==? : chardet (<3.1.0,>=3.0.2)",
                "requests==2.19.0 -> idna==? : idna (<2.8,>=2.5)",
                "requests==2.19.0 -> urllib3==? : urllib3 (<1.24,>=1.21.1)",
            ],
            GraphText.Edges(graph));
        Assert.Equal(["UnknownProjectProblem: chardet", "ResolutionImpossibleProblem: requests"], GraphText.Problems(graph));
        var chardet = Assert.IsType<UnknownProjectProblem>(graph.Problems[0]);
        Assert.False(chardet.IsRoot);
        Assert.Equal([new DependencyConstraint(new DependencyOrigin(Name("requests"), "2.19.0"), "chardet (<3.1.0,>=3.0.2)")], chardet.RequiredBy);
        var impossible = Assert.IsType<ResolutionImpossibleProblem>(graph.Problems[1]);
        Assert.Equal(["requests 2.19.0 depends on chardet (<3.1.0,>=3.0.2)"], impossible.Causes.Select(c => c.ToString()));
    }

    [Fact]
    public async Task ResolveAsync_Requests2190WithSecurity_ShowsTheSecurityRequirementsAsRootEdges()
    {
        var graph = await Resolve(Root("requests", "2.19.0", "security"), Windows312);

        Assert.Equal(["requests==2.19.0[security] (root)"], GraphText.Nodes(graph));
        Assert.Equal(
            [
                "requests==2.19.0 -> certifi==? : certifi (>=2017.4.17)",
                "requests==2.19.0 -> chardet==? : chardet (<3.1.0,>=3.0.2)",
                "requests==2.19.0 -> cryptography==? : cryptography (>=1.3.4); extra == 'security'",
                "requests==2.19.0 -> idna==? : idna (<2.8,>=2.5)",
                "requests==2.19.0 -> idna==? : idna (>=2.0.0); extra == 'security'",
                "requests==2.19.0 -> pyopenssl==? : pyOpenSSL (>=0.14); extra == 'security'",
                "requests==2.19.0 -> urllib3==? : urllib3 (<1.24,>=1.21.1)",
            ],
            GraphText.Edges(graph));
        Assert.Equal(["UnknownProjectProblem: chardet", "ResolutionImpossibleProblem: requests"], GraphText.Problems(graph));
    }

    [Theory]
    [InlineData("2.7", "win_amd64", new[] { "pysocks", "win-inet-pton" })]
    [InlineData("2.7", "linux_x86_64", new[] { "pysocks" })]
    [InlineData("3.12", "win_amd64", new[] { "pysocks" })]
    public async Task ResolveAsync_Requests2190WithSocks_AppliesTheWindowsMarkerOnlyOnWindowsPython2(string python, string platform, string[] extraDependencies)
    {
        var graph = await Resolve(Root("requests", "2.19.0", "socks"), new TargetEnvironment(python, platform));

        string[] expected = [.. UnconditionalDependencies.Concat(extraDependencies).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, graph.Edges.Select(e => e.To.Normalized).Distinct());
        Assert.All(graph.Edges, e => Assert.Null(e.ToVersion));
        Assert.Equal(["UnknownProjectProblem: chardet", "ResolutionImpossibleProblem: requests"], GraphText.Problems(graph));
    }

    [Fact]
    public async Task ResolveAsync_Requests2190WithoutExtrasOnWindowsPython2_LeavesExtraRequirementsOut()
    {
        var graph = await Resolve(Root("requests", "2.19.0"), Windows27);

        Assert.Equal(["certifi", "chardet", "idna", "urllib3"], graph.Edges.Select(e => e.To.Normalized));
    }

    [Fact]
    public async Task ResolveAsync_RequestsLatest_TakesTheProjectInfoVersion()
    {
        var graph = await Resolve(new DependencyRoot(Name("requests")), Linux312, DependencyMode.None);

        Assert.Equal(["requests==2.19.0 (root)"], GraphText.Nodes(graph));
        Assert.Empty(graph.Edges);
        Assert.Empty(graph.Problems);
        Assert.Equal(1, _server.RequestCount("/pypi/requests/json"));
        Assert.Equal(0, _server.RequestCount("/pypi/requests/2.19.0/json"));
    }

    [Fact]
    public async Task ResolveAsync_UnknownRootProjectAndVersion_AreProblemsBesideTheResolvedRoots()
    {
        var resolver = new DependencyResolver(_host.PyPi);

        var graph = await resolver.ResolveAsync(
            [new PackageRequest(Name("doesnotexist123456")), new PackageRequest(Name("requests"), "99.0"), new PackageRequest(Name("six"), "1.11.0")],
            DependencyMode.Transitive,
            Linux312);

        Assert.Equal(["six==1.11.0 (root)"], GraphText.Nodes(graph));
        Assert.Equal(["UnknownProjectProblem: doesnotexist123456", "UnknownVersionProblem: requests"], GraphText.Problems(graph));
        Assert.True(Assert.IsType<UnknownProjectProblem>(graph.Problems[0]).IsRoot);
        Assert.Equal("99.0", Assert.IsType<UnknownVersionProblem>(graph.Problems[1]).Version);
    }

    [Fact]
    public async Task ResolveAsync_Pytest350OnLinux_ResolvesTheWholeRecordedTree()
    {
        var graph = await Resolve(Root("pytest", "3.5.0"), Linux312);

        Assert.Equal(
            ["attrs==17.4.0", "more-itertools==4.1.0", "pluggy==0.6.0", "py==1.5.3", "pytest==3.5.0 (root)", "setuptools==67.6.1", "six==1.11.0"],
            GraphText.Nodes(graph));
        Assert.Equal(
            [
                "more-itertools==4.1.0 -> six==1.11.0 : six (<2.0.0,>=1.0.0)",
                "pytest==3.5.0 -> attrs==17.4.0 : attrs (>=17.4.0)",
                "pytest==3.5.0 -> more-itertools==4.1.0 : more-itertools (>=4.0.0)",
                "pytest==3.5.0 -> pluggy==0.6.0 : pluggy (<0.7,>=0.5)",
                "pytest==3.5.0 -> py==1.5.3 : py (>=1.5.0)",
                "pytest==3.5.0 -> setuptools==67.6.1 : setuptools",
                "pytest==3.5.0 -> six==1.11.0 : six (>=1.10.0)",
            ],
            GraphText.Edges(graph));
        Assert.Empty(graph.Problems);
        foreach (var name in new[] { "attrs", "more-itertools", "pluggy", "py", "setuptools", "six" })
        {
            Assert.Equal(1, _server.RequestCount($"/pypi/{name}/json"));
        }
    }

    [Fact]
    public async Task ResolveAsync_Pytest350OnWindows_AddsColorama()
    {
        var graph = await Resolve(Root("pytest", "3.5.0"), Windows312);

        Assert.Contains("colorama==0.3.9", GraphText.Nodes(graph));
        Assert.Contains("pytest==3.5.0 -> colorama==0.3.9 : colorama; sys_platform == \"win32\"", GraphText.Edges(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_Pytest350OnPython27_TakesTheSetuptoolsThatSupportsIt()
    {
        var graph = await Resolve(Root("pytest", "3.5.0"), Linux27);

        Assert.Contains("setuptools==39.2.0", GraphText.Nodes(graph));
        Assert.Contains("funcsigs==1.0.2", GraphText.Nodes(graph));
        Assert.DoesNotContain("colorama==0.3.9", GraphText.Nodes(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_Ipython410rc1_ReportsItsInvalidRequirement()
    {
        var graph = await Resolve(Root("ipython", "4.1.0rc1"), Linux312, DependencyMode.Direct);

        var invalid = Assert.IsType<UnresolvableRequirementProblem>(Assert.Single(graph.Problems, p => p is UnresolvableRequirementProblem));
        Assert.Equal("setuptools (>=18.5decorator)", invalid.Requirement);
        Assert.Equal(UnresolvableReason.InvalidRequirement, invalid.Reason);
        Assert.Equal(["pexpect", "pickleshare", "simplegeneric", "traitlets"], graph.Edges.Select(e => e.To.Normalized));
    }

    private static DependencyRoot Root(string name, string version, params string[] extras) => new(Name(name), version, extras);

    private static PackageName Name(string name) => PackageName.Parse(name);

    private Task<DependencyGraph> Resolve(DependencyRoot root, TargetEnvironment target, DependencyMode mode = DependencyMode.Transitive) =>
        new DependencyResolver(_host.PyPi).ResolveAsync([root], mode, target);
}

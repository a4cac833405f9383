using System.Collections.Concurrent;
using System.Globalization;
using TrustCheck.Engine.Planning;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Resolution;
using TrustCheck.Tests.Sources;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Dependencies;

/// <summary>
/// Issue 14's proof: the resolver against pip on generated graphs served as real wheels by the loopback index.
/// <c>TRUSTCHECK_RESOLVER_GRAPHS</c> sets how many seeds (1..N); 50 by default, 500 for the dedicated run. The target is
/// 100% agreement; the resolver under test is the SDK's planner, which resolves with the backtracking resolver (see docs/dependencies.md).
/// </summary>
public sealed class ResolverDifferentialTests(ITestOutputHelper output)
{
    private const int DefaultGraphs = 50;

    /// <summary>The resolver under test. Swapping the resolver is this one line.</summary>
    private static readonly Func<ResolverInput, CancellationToken, Task<IReadOnlySet<(string Name, string Version)>?>> Resolver = SdkPlannerAsync;

    /// <summary>What the resolver answered per seed (its nodes and problems), printed with each disagreement.</summary>
    private static readonly ConcurrentDictionary<int, string> Explanations = new();

    [Fact]
    public async Task Resolver_GeneratedGraphs_AgreesWithPip()
    {
        var graphs = GraphCount();
        var pip = await PipReference.LocateAsync();

        var report = await ResolverDifferential.RunAsync(Enumerable.Range(1, graphs), pip, Resolver);

        output.WriteLine(report.Format());
        foreach (var disagreement in report.Disagreements)
        {
            output.WriteLine(disagreement.Describe(details: true));
            output.WriteLine(Explanations.TryGetValue(disagreement.Graph.Seed, out var explanation) ? explanation : "(the resolver was not asked)");
        }


        Assert.True(report.Agreements == report.Graphs, report.Format());
    }

    /// <summary>
    /// The SDK's own path, as <c>inspect --with-transitive-deps</c> takes it: the inspection planner from the service
    /// collection (the backtracking resolver over the JSON API and PEP 658 metadata files). The planned packages, or
    /// null when the planner reports no solution for the root.
    /// </summary>
    private static async Task<IReadOnlySet<(string Name, string Version)>?> SdkPlannerAsync(ResolverInput input, CancellationToken cancellationToken)
    {
        await using var host = SourceHost.Create(input.Server);
        var request = new InspectionRequest
        {
            Packages = [new PackageRequest(PackageName.Parse(input.Root), input.Version)],
            Dependencies = DependencyMode.Transitive,
            Options = new InspectionOptions { Target = new TargetEnvironment(input.PythonVersion, input.Platform) },
        };
        var plan = await host.Get<IInspectionPlanner>().PlanAsync(request, cancellationToken);
        var nodes = plan.Packages.Select(static p => (p.Name.Normalized, p.Version ?? string.Empty)).ToHashSet();
        Explanations[input.Graph.Seed] = "  resolver nodes: " + GraphComparison.Format(nodes) + "\n"
            + string.Concat(plan.Problems.Select(static p => $"  resolver problem ({p.Kind}): {p.Reason}\n"));
        return plan.Problems.Any(p => p.Kind is PlanProblemKind.NoSolution or PlanProblemKind.TooDeep) ? null : nodes;
    }

    private static int GraphCount() =>
        Environment.GetEnvironmentVariable("TRUSTCHECK_RESOLVER_GRAPHS") is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : DefaultGraphs;
}

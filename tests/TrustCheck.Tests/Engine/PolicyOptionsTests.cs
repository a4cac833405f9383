using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Reports;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Engine;

/// <summary>
/// The expected repository is part of the options every provider and every policy sees, whoever supplies it: the
/// request, a policy file, or a custom <see cref="IPolicy"/> — no policy type is special to the inspector.
/// </summary>
public sealed class PolicyOptionsTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("https://github.com/pypa/sampleproject", "TC4010", true)]
    [InlineData("https://github.com/pypa/pip", "TC4011", false)]
    public async Task InspectAsync_CustomPolicyRequiringARepository_ProvidersProveItAndThePolicySeesIt(string repository, string code, bool passes)
    {
        var policy = new RepositoryPinningPolicy(repository);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot, services: InspectorScenarioTests.FixedClock, builder: b => b.AddPolicy(policy));

        var report = await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0") with { Policy = policy.Name });

        var package = Assert.Single(report.Packages);
        Assert.Contains(package.Findings, f => f.Code == code);
        Assert.Equal(repository, policy.Seen);
        Assert.Equal(passes, report.Policy.Passed);
    }

    [Fact]
    public async Task InspectAsync_RequestNamesARepository_ThePolicyKeepsTheRequestsChoice()
    {
        var policy = new RepositoryPinningPolicy("https://github.com/pypa/pip");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot, services: InspectorScenarioTests.FixedClock, builder: b => b.AddPolicy(policy));

        var report = await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0") with
        {
            Policy = policy.Name,
            Options = new InspectionOptions { ExpectedRepository = "pypa/sampleproject" },
        });

        Assert.Contains(Assert.Single(report.Packages).Findings, f => f.Code == "TC4010");
        Assert.Equal("pypa/sampleproject", policy.Seen);
    }

    [Fact]
    public async Task InspectAsync_PolicyFileExpectedRepository_ReachesTheProviders()
    {
        var policy = PolicyFile.Parse("""{ "name": "pinned", "extends": "default", "expectedRepository": "https://github.com/pypa/pip" }"""u8, "inline");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot, services: InspectorScenarioTests.FixedClock, builder: b => b.AddPolicy(policy));

        var report = await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0") with { Policy = "pinned" });

        Assert.Contains(Assert.Single(report.Packages).Findings, f => f.Code == "TC4011");
        Assert.False(report.Policy.Passed);
    }

    /// <summary>A security team's own policy: every root must be proven to come from one repository.</summary>
    private sealed class RepositoryPinningPolicy(string repository) : IPolicy
    {
        public string Name => "pinned-repository";

        public string? Seen { get; private set; }

        public InspectionOptions PrepareOptions(InspectionOptions requested) =>
            requested.ExpectedRepository is null ? requested with { ExpectedRepository = repository } : requested;

        public PolicyDecision Evaluate(PolicyInput input)
        {
            Seen = input.Options.ExpectedRepository;
            return new PolicyDecision
            {
                Violations = input.Packages
                    .Where(p => p.IsRoot && !p.Findings.Any(f => f.Code == "TC4010"))
                    .Select(p => new PolicyViolation(p.Id, "pinned-repository", $"{p.Id} is not proven to come from {Seen}.", null))
                    .ToList(),
            };
        }
    }
}

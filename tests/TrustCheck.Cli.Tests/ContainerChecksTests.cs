using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Tests;

public sealed class ContainerChecksTests
{
    [Fact]
    public void CommandsRunByTheTests_ValidateEveryRegistrationAndScope()
    {
        Assert.True(ValidatedServices.ContainerChecks.ValidateOnBuild);
        Assert.True(ValidatedServices.ContainerChecks.ValidateScopes);
    }

    [Fact]
    public void Build_WithTheChecks_RejectsARegistrationThatCannotBeBuilt()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck();
        services.AddSingleton<NeedsAnUnregisteredService>();

        Assert.Throws<AggregateException>(() => ValidatedServices.Build(services));
    }

    private sealed class NeedsAnUnregisteredService(IUnregistered unregistered)
    {
        public IUnregistered Unregistered { get; } = unregistered;
    }

    internal interface IUnregistered;
}

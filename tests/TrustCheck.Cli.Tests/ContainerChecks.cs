using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Tests;

/// <summary>
/// Every command the tests run builds its container with the container's own checks (every registration
/// constructible, scopes respected), which a run of the tool skips for start-up time.
/// </summary>
internal static class ContainerChecks
{
    [ModuleInitializer]
    internal static void TurnOn() =>
        ValidatedServices.ContainerChecks = new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true };
}

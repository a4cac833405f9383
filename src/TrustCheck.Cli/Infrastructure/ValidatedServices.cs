using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// Builds a command's service provider and validates every option now, as a host's start would. The registrations
/// themselves (every service constructible, no scoped service held by a singleton) are checked when the tests run the
/// commands (<see cref="ContainerChecks"/>), not on every run: <c>ValidateOnBuild</c> builds the call site of every
/// registered service, and in the native tool each one closes open generics (options, loggers) through the runtime
/// type loader, about a fifth of a warm <c>inspect</c>.
/// </summary>
internal static class ValidatedServices
{
    /// <summary>
    /// The container's own checks: none in a run; the test assembly turns on <c>ValidateOnBuild</c> and
    /// <c>ValidateScopes</c> for every command it runs.
    /// </summary>
    internal static ServiceProviderOptions ContainerChecks { get; set; } = new();

    public static ServiceProvider Build(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider(ContainerChecks);
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}

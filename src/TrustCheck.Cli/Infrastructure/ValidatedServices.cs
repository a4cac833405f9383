using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Builds a command's service provider and validates every option now, as a host's start would.</summary>
internal static class ValidatedServices
{
    public static ServiceProvider Build(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
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

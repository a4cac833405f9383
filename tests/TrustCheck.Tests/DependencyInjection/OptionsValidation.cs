using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TrustCheck.Hosting;

namespace TrustCheck.Tests.DependencyInjection;

/// <summary>Runs options validation the two ways an application meets it: a host's start, and the DI-free builder's Build().</summary>
internal static class OptionsValidation
{
    /// <summary>Registers services in a real host and starts it; the start must fail on options validation.</summary>
    public static async Task<OptionsValidationException> HostStartFailsAsync(Action<IServiceCollection> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        register(builder.Services);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    /// <summary>AddTrustCheck() (memory caches) in a real host, configured, then started.</summary>
    public static Task<OptionsValidationException> TrustCheckHostStartFailsAsync(Action<ITrustCheckBuilder> configure) =>
        HostStartFailsAsync(services => configure(services.AddTrustCheck().UseCacheDirectory(null).UseStateDirectory(null)));

    /// <summary>The DI-free builder (memory caches), configured; Build() must fail on options validation.</summary>
    public static OptionsValidationException BuildFails(Action<TrustCheckInspectorBuilder> configure)
    {
        var builder = new TrustCheckInspectorBuilder().UseCacheDirectory(null).UseStateDirectory(null);
        configure(builder);
        return Assert.Throws<OptionsValidationException>(() => builder.Build());
    }

    /// <summary>One failure, of the options type, naming the member and showing the value.</summary>
    public static void AssertNames<TOptions>(OptionsValidationException error, string member, string value)
    {
        Assert.Equal(typeof(TOptions), error.OptionsType);
        var failure = Assert.Single(error.Failures);
        Assert.Contains(member, failure, StringComparison.Ordinal);
        Assert.Contains(value, failure, StringComparison.Ordinal);
    }
}

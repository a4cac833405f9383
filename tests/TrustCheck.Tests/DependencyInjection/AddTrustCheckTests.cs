using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustCheck.Sources;

namespace TrustCheck.Tests.DependencyInjection;

public sealed class AddTrustCheckTests
{
    [Fact]
    public void AddTrustCheck_Default_ResolvesEverySource()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().UseCacheDirectory(null);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<IPackageMetadataSource>());
        Assert.Equal("https://pypi.org/simple/", provider.GetRequiredService<IPackageIndexSet>().Primary.Url);
        Assert.Empty(provider.GetRequiredService<IPackageIndexSet>().Extras);
        Assert.NotNull(provider.GetRequiredService<IProvenanceSource>());
        Assert.NotNull(provider.GetRequiredService<IVulnerabilitySource>());
        Assert.NotNull(provider.GetRequiredService<IPopularPackagesSource>());
        Assert.NotNull(provider.GetRequiredService<ITrustedRootSource>());
        Assert.NotNull(provider.GetRequiredService<HybridCache>());
    }

    [Fact]
    public void AddTrustCheck_CalledTwice_RegistersOnce()
    {
        var once = new ServiceCollection();
        once.AddTrustCheck();
        var twice = new ServiceCollection();
        twice.AddTrustCheck();
        var builder = twice.AddTrustCheck();

        Assert.Equal(once.Count, twice.Count);
        Assert.Equal("TrustCheck", builder.Name);
        Assert.Same(twice, builder.Services);
    }

    [Fact]
    public void AddTrustCheck_ExtraIndexWithCredentials_IsListedRedacted()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().UseCacheDirectory(null).ConfigureSources(s => s.ExtraIndexUrls.Add(new Uri("https://ci:s3cret@private.example/simple")));
        using var provider = services.BuildServiceProvider();

        var extra = Assert.Single(provider.GetRequiredService<IPackageIndexSet>().Extras);

        Assert.Equal("https://***@private.example/simple/", extra.Url);
    }

    [Fact]
    public void AddTrustCheck_PlainHttpToARemoteHost_FailsValidation()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(s => s.OsvUrl = new Uri("http://osv.example/"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EvidenceSourceOptions>>().Value);

        Assert.Contains("OsvUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTrustCheck_AttemptTimeoutAboveTotal_FailsValidation()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureHttp(h => (h.AttemptTimeout, h.TotalTimeout) = (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TrustCheck.Http.TrustCheckHttpOptions>>().Value);

        Assert.Contains("TotalTimeout", error.Message, StringComparison.Ordinal);
    }
}

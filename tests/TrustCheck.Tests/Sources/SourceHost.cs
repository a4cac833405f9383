using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.Sources;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources;

/// <summary>A real TrustCheck service provider pointed at a loopback <see cref="EvidenceServer"/>, with fast retries.</summary>
internal sealed class SourceHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private SourceHost(ServiceProvider provider) => _provider = provider;

    public IPackageMetadataSource PyPi => _provider.GetRequiredService<IPackageMetadataSource>();

    public IPackageIndexSet Indexes => _provider.GetRequiredService<IPackageIndexSet>();

    public IProvenanceSource Provenance => _provider.GetRequiredService<IProvenanceSource>();

    public IVulnerabilitySource Osv => _provider.GetRequiredService<IVulnerabilitySource>();

    public IPopularPackagesSource Popular => _provider.GetRequiredService<IPopularPackagesSource>();

    public ITrustedRootSource TrustedRoot => _provider.GetRequiredService<ITrustedRootSource>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static SourceHost Create(
        EvidenceServer server,
        string? cacheDirectory = null,
        Action<TrustCheckHttpOptions>? http = null,
        Action<EvidenceCacheOptions>? cache = null,
        Action<EvidenceSourceOptions>? sources = null,
        Action<IServiceCollection>? services = null,
        Action<ITrustCheckBuilder>? builder = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var trustCheck = collection.AddTrustCheck()
            .UseCacheDirectory(cacheDirectory)
            .UseStateDirectory(null)
            .ConfigureSources(s =>
            {
                s.PyPiUrl = server.PypiUrl;
                s.IndexUrl = server.IndexUrl;
                s.OsvUrl = server.OsvUrl;
                s.TufUrl = server.TufUrl;
                s.PopularPackagesUrl = server.TopPackagesUrl;
                sources?.Invoke(s);
            })
            .ConfigureHttp(h =>
            {
                h.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                h.AttemptTimeout = TimeSpan.FromSeconds(5);
                h.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
                h.TotalTimeout = TimeSpan.FromSeconds(30);
                http?.Invoke(h);
            })
            .ConfigureCache(c => cache?.Invoke(c));
        builder?.Invoke(trustCheck);
        return new SourceHost(collection.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.Sources;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures TrustCheck's sources, HTTP behaviour and caches.</summary>
public static class TrustCheckBuilderExtensions
{
    /// <summary>Sets where evidence comes from.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder ConfigureSources(this ITrustCheckBuilder builder, Action<EvidenceSourceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Sets concurrency, timeouts, retries and the circuit breaker.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder ConfigureHttp(this ITrustCheckBuilder builder, Action<TrustCheckHttpOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Sets retention and offline mode.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder ConfigureCache(this ITrustCheckBuilder builder, Action<EvidenceCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Sets the cache directory (null: memory only, unless another distributed cache is registered).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The directory.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder UseCacheDirectory(this ITrustCheckBuilder builder, string? directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<TrustCheckPaths>(paths => paths.CacheDirectory = directory);
        return builder;
    }

    /// <summary>Sets the state directory (ownership history); null keeps state in memory for the provider's lifetime.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The directory.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder UseStateDirectory(this ITrustCheckBuilder builder, string? directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<TrustCheckPaths>(paths => paths.StateDirectory = directory);
        return builder;
    }

    /// <summary>
    /// Shares the cache through Redis (the standard <c>AddStackExchangeRedisCache</c> registration) instead of the file
    /// store, so a fleet of CI runners reuses each other's lookups. When Redis fails, lookups go around it (memory tier
    /// and network) for <see cref="EvidenceCacheOptions.SharedCacheRetryInterval"/> before trying it again.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the Redis connection.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder UseRedisCache(this ITrustCheckBuilder builder, Action<RedisCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IDistributedCache>();
        builder.Services.AddStackExchangeRedisCache(configure);
        var redis = builder.Services.Last(d => d.ServiceType == typeof(IDistributedCache));
        builder.Services.Remove(redis);
        builder.Services.AddSingleton<IDistributedCache>(services => new OutageTolerantDistributedCache(
            Create(services, redis),
            services.GetRequiredService<IOptions<EvidenceCacheOptions>>().Value.SharedCacheRetryInterval,
            services.GetRequiredService<ILoggerFactory>().CreateLogger<OutageTolerantDistributedCache>()));
        return builder;
    }

    private static IDistributedCache Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IDistributedCache)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}

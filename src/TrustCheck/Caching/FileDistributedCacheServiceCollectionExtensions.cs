using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustCheck.Caching;

#pragma warning disable IDE0130 // Extension classes live in the namespace of what they extend, as Microsoft.Extensions' do.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers <see cref="FileDistributedCache"/> as the application's <see cref="IDistributedCache"/>.</summary>
public static class FileDistributedCacheServiceCollectionExtensions
{
    /// <summary>
    /// Adds the file store as the <see cref="IDistributedCache"/> (HybridCache's L2), the way
    /// <c>AddStackExchangeRedisCache</c> adds Redis: the last registration wins.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">
    /// Sets the options; <see cref="FileDistributedCacheOptions.Directory"/> is required. They are validated at host start
    /// (<c>ValidateOnStart</c>) and at the latest when the cache is created.
    /// </param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddFileDistributedCache(this IServiceCollection services, Action<FileDistributedCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FileDistributedCacheOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileDistributedCacheOptions>, FileDistributedCacheOptionsValidator>());
        services.Add(ServiceDescriptor.Singleton<IDistributedCache, FileDistributedCache>());
        return services;
    }
}

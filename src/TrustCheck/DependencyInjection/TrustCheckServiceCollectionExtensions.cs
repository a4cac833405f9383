using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Caching;
using TrustCheck.Diagnostics;
using TrustCheck.Engine;
using TrustCheck.Engine.Evidence;
using TrustCheck.Engine.Planning;
using TrustCheck.Engine.Signals;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Providers.DependencyConfusion;
using TrustCheck.Providers.ReleaseContents;
using TrustCheck.Providers.RecordedHashes;
using TrustCheck.Providers.Drift;
using TrustCheck.Providers.Metadata;
using TrustCheck.Providers.Provenance;
using TrustCheck.Providers.Repositories;
using TrustCheck.Providers.TrustedPublishers;
using TrustCheck.Providers.Typosquatting;
using TrustCheck.Providers.Vulnerabilities;
using TrustCheck.Signals;
using TrustCheck.Http;
using TrustCheck.Sources;
using TrustCheck.Sources.Downloads;
using TrustCheck.Sources.Integrity;
using TrustCheck.Sources.Osv;
using TrustCheck.Sources.Popular;
using TrustCheck.Sources.PyPi;
using TrustCheck.Sources.Simple;
using TrustCheck.Sources.Tuf;
using TrustCheck.Typosquatting;
using TrustCheck.Verification;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TrustCheck.</summary>
public static class TrustCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers TrustCheck's evidence sources (PyPI JSON, Simple and Integrity APIs, OSV, popular names, Sigstore TUF)
    /// over one resilient HTTP client and HybridCache (memory, over the file cache in <see cref="TrustCheckPaths.CacheDirectory"/>
    /// unless another <c>IDistributedCache</c> such as Redis is registered). Calling it again changes nothing.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The builder for further TrustCheck registrations.</returns>
    public static ITrustCheckBuilder AddTrustCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new TrustCheckBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(TrustCheckMarker)))
        {
            return builder;
        }

        services.AddSingleton<TrustCheckMarker>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMetrics();
        services.TryAddSingleton<TrustCheckMetrics>();
        AddValidatedOptions<TrustCheckHttpOptions, TrustCheckHttpOptionsValidator>(services);
        AddValidatedOptions<EvidenceSourceOptions, EvidenceSourceOptionsValidator>(services);
        AddValidatedOptions<EvidenceCacheOptions, EvidenceCacheOptionsValidator>(services);
        AddValidatedOptions<TrustCheckPaths, TrustCheckPathsValidator>(services);
        AddValidatedOptions<InspectionDefaults, InspectionDefaultsValidator>(services);

        AddHttp(services);
        services.AddHybridCache(options =>
        {
            options.MaximumPayloadBytes = 256L * 1024 * 1024;
            options.MaximumKeyLength = 4096;
        }).AddSerializer<CachedResponse, CachedResponseSerializer>();
        services.TryAddSingleton<IDistributedCache>(DefaultDistributedCache);

        services.TryAddSingleton<EvidenceFetcher>();
        services.TryAddSingleton<IPackageMetadataSource, PyPiJsonSource>();
        services.TryAddSingleton<IPackageIndexSet, PackageIndexSet>();
        services.TryAddSingleton<ICoreMetadataSource, CoreMetadataFetcher>();
        services.TryAddSingleton<IProvenanceSource, IntegrityProvenanceSource>();
        services.TryAddSingleton<IVulnerabilitySource, OsvClient>();
        services.TryAddSingleton<IPopularPackagesSource, PopularPackagesSource>();
        services.TryAddSingleton<IDistributionDownloader, HttpDistributionDownloader>();
        AddEngine(services);
        services.TryAddSingleton<TufTrustedRootSource>();
        services.TryAddSingleton<ITrustedRootSource, TrustedRootSelector>();
        return builder;
    }

    // Source-generated validators, run at host start (ValidateOnStart: IStartupValidator) and, without a host, when the
    // DI-free builder builds its container; at the latest on first use.
    internal static void AddValidatedOptions<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }

    private static void AddEngine(IServiceCollection services)
    {
        services.TryAddSingleton<IEvidenceSources, EvidenceSources>();
        services.TryAddSingleton<ReleaseEvidenceLoader>();
        services.TryAddSingleton<SignalRunner>();
        services.TryAddSingleton<PolicyCatalog>();
        services.TryAddSingleton<IInspectionPlanner, ResolvingPlanner>();
        services.TryAddSingleton<TrustInspector>();
        services.TryAddSingleton<ITrustInspector, TracedTrustInspector>();
        services.TryAddSingleton<IArtifactVerifier, ArtifactVerifier>();
        services.TryAddSingleton<IOwnershipHistory>(DefaultOwnershipHistory);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, ReleaseMetadataProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, ProvenanceProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, TrustedPublisherProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, RepositoryLinksProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, PublisherDriftProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, VulnerabilityProvider>());
        services.TryAddSingleton<TyposquatDetectorCache>();
        services.TryAddSingleton<INameChecker, NameChecker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, TyposquattingProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, DependencyConfusionProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, ReleaseContentsProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, RecordedHashesProvider>());
    }

    private static void AddHttp(IServiceCollection services)
    {
        services.TryAddSingleton<EvidenceHttpClient>();
        AddClient(services, EvidenceHttpClient.ClientName, "evidence").AddHttpMessageHandler(() => new BufferingHandler());
        AddClient(services, EvidenceHttpClient.DownloadClientName, "downloads");
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, string name, string telemetryName)
    {
        var client = services.AddHttpClient(name, http =>
        {
            // The resilience pipeline owns timeouts (per attempt and in total).
            http.Timeout = Timeout.InfiniteTimeSpan;
            TrustCheckUserAgent.Apply(http.DefaultRequestHeaders);
        });
        client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        });
        client.AddHttpMessageHandler(sp => new RedirectHandler(sp.GetRequiredService<IOptions<TrustCheckHttpOptions>>()));
        client.AddHttpMessageHandler(sp => new RequestTelemetryHandler(telemetryName, sp.GetRequiredService<TrustCheckMetrics>(), sp.GetRequiredService<TimeProvider>()));
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                TrustCheckHttpOptions http;
                try
                {
                    http = sp.GetRequiredService<IOptions<TrustCheckHttpOptions>>().Value;
                }
                catch (OptionsValidationException)
                {
                    // Reported once, by TrustCheckHttpOptions' own validation (at start, or by the handlers at first
                    // use), rather than again by each client's resilience options.
                    return;
                }

                EvidenceHttpClient.ConfigureResilience(resilience, http);
            })
            .SelectPipelineByAuthority();
        // Inside the resilience pipeline: sees every attempt, so the request's telemetry can tell its retries.
        client.AddHttpMessageHandler(() => new AttemptCountingHandler());
        return client;
    }

    // The embedded default: the file store in the cache directory (memory only when there is none). A Redis (or
    // any) IDistributedCache registered before AddTrustCheck, or through UseRedisCache, takes its place.
    private static IDistributedCache DefaultDistributedCache(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<TrustCheckPaths>>().Value.CacheDirectory;
        if (string.IsNullOrEmpty(directory))
        {
            return new MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions()));
        }

        var options = new FileDistributedCacheOptions
        {
            Directory = Path.Combine(directory, "http"),
            TimeProvider = services.GetRequiredService<TimeProvider>(),
        };
        return new FileDistributedCache(Microsoft.Extensions.Options.Options.Create(options), services.GetService<ILogger<FileDistributedCache>>());
    }

    // Ownership snapshots are state, not cache: they live in the state directory, or in memory when there is none.
    private static IOwnershipHistory DefaultOwnershipHistory(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<TrustCheckPaths>>().Value.StateDirectory;
        return string.IsNullOrEmpty(directory)
            ? new InMemoryOwnershipHistory()
            : new FileOwnershipHistory(Path.Combine(directory, "ownership"));
    }

    private sealed class TrustCheckMarker;
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Caching;
using TrustCheck.Configuration;
using TrustCheck.Http;
using TrustCheck.Sources;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TrustCheck with its settings bound from configuration.</summary>
public static class TrustCheckConfigurationExtensions
{
    /// <summary>
    /// <see cref="TrustCheckServiceCollectionExtensions.AddTrustCheck(IServiceCollection)"/>, with the settings of
    /// <paramref name="configuration"/> (typically <c>configuration.GetSection("TrustCheck")</c>) bound to its options:
    /// <c>Sources</c> → <see cref="EvidenceSourceOptions"/>, <c>Http</c> → <see cref="TrustCheckHttpOptions"/>,
    /// <c>Cache</c> → <see cref="EvidenceCacheOptions"/>, <c>Paths</c> → <see cref="TrustCheckPaths"/>,
    /// <c>Inspection</c> → <see cref="InspectionDefaults"/>. Validated when the host starts (or the CLI builds its
    /// services): an unknown section or key, or a value of the wrong type, fails naming its configuration path.
    /// See docs/configuration.md.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The TrustCheck section.</param>
    /// <returns>The builder for further TrustCheck registrations.</returns>
    public static ITrustCheckBuilder AddTrustCheck(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddTrustCheck();
        Bind<EvidenceSourceOptions>(services, configuration, TrustCheckConfigurationSections.Sources);
        Bind<TrustCheckHttpOptions>(services, configuration, TrustCheckConfigurationSections.Http);
        Bind<EvidenceCacheOptions>(services, configuration, TrustCheckConfigurationSections.Cache);
        Bind<TrustCheckPaths>(services, configuration, TrustCheckConfigurationSections.Paths);
        Bind<InspectionDefaults>(services, configuration, TrustCheckConfigurationSections.Inspection);
        services.AddOptions<TrustCheckConfigurationSections>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustCheckConfigurationSections>>(new TrustCheckConfigurationSectionsValidator(configuration));
        return builder;
    }

    private static void Bind<TOptions>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
}

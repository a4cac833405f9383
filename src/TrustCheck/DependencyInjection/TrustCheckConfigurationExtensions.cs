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
        services.AddOptions<EvidenceSourceOptions>().Bind(configuration.GetSection(TrustCheckConfigurationSections.Sources), Strict).ValidateOnStart();
        services.AddOptions<TrustCheckHttpOptions>().Bind(configuration.GetSection(TrustCheckConfigurationSections.Http), Strict).ValidateOnStart();
        services.AddOptions<EvidenceCacheOptions>().Bind(configuration.GetSection(TrustCheckConfigurationSections.Cache), Strict).ValidateOnStart();
        services.AddOptions<TrustCheckPaths>().Bind(configuration.GetSection(TrustCheckConfigurationSections.Paths), Strict).ValidateOnStart();
        services.AddOptions<InspectionDefaults>().Bind(configuration.GetSection(TrustCheckConfigurationSections.Inspection), Strict).ValidateOnStart();
        services.AddOptions<TrustCheckConfigurationSections>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustCheckConfigurationSections>>(new TrustCheckConfigurationSectionsValidator(configuration));
        return builder;
    }

    // Each call is written out (not a generic helper) so the binding source generator can replace it: no reflection.
    private static void Strict(BinderOptions binder) => binder.ErrorOnUnknownConfiguration = true;
}

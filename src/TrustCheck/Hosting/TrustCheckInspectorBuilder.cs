using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.Policies;
using TrustCheck.Signals;
using TrustCheck.Sources;

namespace TrustCheck.Hosting;

/// <summary>
/// Builds an inspector without a container, for tools that do not use dependency injection:
/// <c>using var trustCheck = new TrustCheckInspectorBuilder().ConfigureSources(...).Build();</c>.
/// </summary>
public sealed class TrustCheckInspectorBuilder
{
    private readonly ServiceCollection _services = new();
    private readonly ITrustCheckBuilder _builder;

    /// <summary>Creates a builder with TrustCheck's defaults.</summary>
    public TrustCheckInspectorBuilder() => _builder = _services.AddTrustCheck();

    /// <summary>Sets where evidence comes from.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder ConfigureSources(Action<EvidenceSourceOptions> configure)
    {
        _builder.ConfigureSources(configure);
        return this;
    }

    /// <summary>Sets HTTP behaviour.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder ConfigureHttp(Action<TrustCheckHttpOptions> configure)
    {
        _builder.ConfigureHttp(configure);
        return this;
    }

    /// <summary>Sets caching and offline mode.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder ConfigureCache(Action<EvidenceCacheOptions> configure)
    {
        _builder.ConfigureCache(configure);
        return this;
    }

    /// <summary>Sets the cache directory (null: memory only).</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder UseCacheDirectory(string? directory)
    {
        _builder.UseCacheDirectory(directory);
        return this;
    }

    /// <summary>Sets the state directory (ownership history; null: memory only).</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder UseStateDirectory(string? directory)
    {
        _builder.UseStateDirectory(directory);
        return this;
    }

    /// <summary>Adds a signal provider instance.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder AddSignalProvider(ISignalProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _services.AddSingleton(provider);
        return this;
    }

    /// <summary>Adds a policy instance, selected by name.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public TrustCheckInspectorBuilder AddPolicy(IPolicy policy)
    {
        _builder.AddPolicy(policy);
        return this;
    }

    /// <summary>
    /// Builds the inspector, validating every option now (as a host's start would) rather than at first use; dispose
    /// it to release connections and caches.
    /// </summary>
    /// <returns>The inspector.</returns>
    /// <exception cref="OptionsValidationException">An option is invalid; the message names it and its value.</exception>
    /// <exception cref="AggregateException">Options of several kinds are invalid (one <see cref="OptionsValidationException"/> each).</exception>
    public TrustCheckInstance Build()
    {
        var services = _services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            // No host is started here, so run what its start runs: every ValidateOnStart registration.
            services.GetRequiredService<IStartupValidator>().Validate();
            return new TrustCheckInstance(services);
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }
}

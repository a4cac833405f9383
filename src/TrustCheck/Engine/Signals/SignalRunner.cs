using Microsoft.Extensions.Logging;
using TrustCheck.Diagnostics;
using TrustCheck.Signals;

namespace TrustCheck.Engine.Signals;

/// <summary>
/// Runs every provider on a release concurrently. A provider that throws yields an indeterminate signal (never a
/// crashed inspection); cancellation of the inspection is never swallowed.
/// </summary>
internal sealed partial class SignalRunner(IEnumerable<ISignalProvider> providers, ILogger<SignalRunner> logger)
{
    private readonly IReadOnlyList<ISignalProvider> _providers = providers.DistinctBy(p => p.GetType()).ToList();

    /// <summary>Lets every provider that can start loading what it needs (<see cref="IPrefetchingSignalProvider"/>).</summary>
    public void Prefetch(Inspection.InspectionOptions options)
    {
        foreach (var provider in _providers.OfType<IPrefetchingSignalProvider>())
        {
            provider.Prefetch(options);
        }
    }

    public async Task<IReadOnlyList<Signal>> RunAsync(SignalContext context, CancellationToken cancellationToken)
    {
        var signals = await Task.WhenAll(_providers.Select(p => RunOneAsync(p, context, cancellationToken))).ConfigureAwait(false);
        return signals;
    }

    private async Task<Signal> RunOneAsync(ISignalProvider provider, SignalContext context, CancellationToken cancellationToken)
    {
        using var activity = ProviderActivity.Start(provider.Name, context);
        return await ProviderActivity.TraceAsync(activity, RunProviderAsync(provider, context, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<Signal> RunProviderAsync(ISignalProvider provider, SignalContext context, CancellationToken cancellationToken)
    {
        try
        {
            var signal = await provider.EvaluateAsync(context, cancellationToken).ConfigureAwait(false);
            return signal ?? throw new InvalidOperationException($"The provider '{provider.Name}' returned no signal.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            LogProviderFailed(logger, error, provider.Name, context.Evidence.Name.Normalized, context.Evidence.Version);
            return new Signal { Provider = provider.Name, Status = SignalStatus.Indeterminate, Error = $"{error.GetType().Name}: {error.Message}" };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The signal provider {Provider} failed on {Name}=={Version}; its signal is indeterminate")]
    private static partial void LogProviderFailed(ILogger logger, Exception error, string provider, string name, string version);
}

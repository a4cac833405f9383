namespace TrustCheck.Signals;

/// <summary>
/// Judges one aspect of a release from its evidence. Providers run concurrently, do no I/O of their own beyond the
/// sources in the context, and report what they see as findings; throwing makes the signal indeterminate.
/// </summary>
public interface ISignalProvider
{
    /// <summary>A short stable name (<c>provenance</c>, <c>vulnerabilities</c>, …).</summary>
    string Name { get; }

    /// <summary>Evaluates a release.</summary>
    /// <param name="context">The evidence, options, target environment and sources.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The signal.</returns>
    Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default);
}

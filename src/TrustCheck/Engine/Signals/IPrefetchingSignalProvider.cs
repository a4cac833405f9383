using TrustCheck.Inspection;

namespace TrustCheck.Engine.Signals;

/// <summary>
/// A built-in provider that can start loading what it will need as soon as an inspection starts, so the load runs
/// while the inspection fetches and verifies the releases' evidence instead of after it.
/// </summary>
internal interface IPrefetchingSignalProvider
{
    /// <summary>
    /// Starts the load and returns at once. A failure is not reported here: the provider meets it (or a retry) when it
    /// evaluates a release, and reports it there.
    /// </summary>
    /// <param name="options">The inspection's options.</param>
    void Prefetch(InspectionOptions options);
}

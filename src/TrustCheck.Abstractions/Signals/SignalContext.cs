using TrustCheck.Evidence.Release;
using TrustCheck.Inspection;

namespace TrustCheck.Signals;

/// <summary>Everything a provider may use.</summary>
public sealed record SignalContext
{
    /// <summary>The release's evidence, loaded once and shared by every provider.</summary>
    public required ReleaseEvidence Evidence { get; init; }

    /// <summary>The inspection's options.</summary>
    public required InspectionOptions Options { get; init; }

    /// <summary>Whether this release is one the user asked for (not a dependency).</summary>
    public bool IsRoot { get; init; }

    /// <summary>The inspection's time (from the engine's <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The evidence sources, for providers that need more than the release's own evidence.</summary>
    public required IEvidenceSources Sources { get; init; }
}

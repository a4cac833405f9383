using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>What scanning one module gave: its rule hits and the capabilities it exercises (first call of each).</summary>
/// <param name="Key">The module's key across releases.</param>
/// <param name="Hits">The rule hits.</param>
/// <param name="Capabilities">Each capability the module exercises, with the first call that does.</param>
/// <param name="EncodingProblem">Why the source did not decode cleanly, or null.</param>
public sealed record ModuleScan(string Key, IReadOnlyList<CapabilityHit> Hits, IReadOnlyList<CapabilityUse> Capabilities, string? EncodingProblem)
{
    /// <summary>
    /// What kind of problem <see cref="EncodingProblem"/> is: <see cref="SourceEncodingProblem.UnknownCodec"/> (and a
    /// byte order mark contradicting the declaration) call for High, invalid bytes for Low.
    /// </summary>
    public SourceEncodingProblem EncodingProblemKind { get; init; }

    /// <summary>Whether the source declares a codec that turns escapes into characters (<c>utf-7</c>, <c>unicode_escape</c>); also reported as TC10313.</summary>
    public bool HasEscapingCodec { get; init; }
}

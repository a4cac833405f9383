namespace TrustCheck.Artifacts.Capabilities;

/// <summary>What scanning one module gave: its rule hits and the capabilities it exercises (first call of each).</summary>
/// <param name="Key">The module's key across releases.</param>
/// <param name="Hits">The rule hits.</param>
/// <param name="Capabilities">Each capability the module exercises, with the first call that does.</param>
/// <param name="EncodingProblem">Why the source did not decode cleanly, or null.</param>
public sealed record ModuleScan(string Key, IReadOnlyList<CapabilityHit> Hits, IReadOnlyList<CapabilityUse> Capabilities, string? EncodingProblem);

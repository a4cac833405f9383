namespace TrustCheck.Artifacts.Capabilities;

/// <summary>A capability a module exercises, with the first call that does.</summary>
/// <param name="Capability">The capability.</param>
/// <param name="Call">The first call exercising it.</param>
public sealed record CapabilityUse(Capability Capability, CallSite Call);

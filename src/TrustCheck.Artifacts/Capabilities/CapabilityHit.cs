using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>What a rule found in a module, before its severity is weighed by where it runs and whether it is new.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="BaseSeverity">The severity at module level of an imported module, with no previous release to compare.</param>
/// <param name="WeighsLocation">Whether where it runs moves the severity (inside a function lower; setup.py or a .pth higher).</param>
/// <param name="Module">The module's key across releases.</param>
/// <param name="Member">The archive member.</param>
/// <param name="Location">When the code runs.</param>
/// <param name="Line">The line.</param>
/// <param name="Detail">What was found, for a reader.</param>
public sealed record CapabilityHit(string Code, ArtifactSeverity BaseSeverity, bool WeighsLocation, string Module, string Member, CodeLocation Location, int Line, string Detail);

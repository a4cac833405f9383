namespace TrustCheck.Artifacts.Capabilities;

/// <summary>A rule over a module's facts; each rule owns one finding code.</summary>
internal interface ICapabilityRule
{
    /// <summary>What the rule finds in the module.</summary>
    IEnumerable<CapabilityHit> Find(ModuleFacts module);
}

using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10312: network, process, native-loading or dynamic-code calls made by <c>setup.py</c> or a <c>.pth</c> file when they run.</summary>
internal sealed class InstallTimeActionRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module) =>
        module.Calls
            .Where(c => c.Location is CodeLocation.SetupScript or CodeLocation.Pth && ModuleCapabilities.Of(c) is not null)
            .GroupBy(c => ModuleCapabilities.Of(c))
            .Select(g => g.First())
            .Select(call => new CapabilityHit(CapabilityCodes.InstallTimeAction, ArtifactSeverity.Medium, false, module.Key, module.Member, call.Location, call.Line,
                $"{(call.Location == CodeLocation.Pth ? "runs at every interpreter start" : "runs when pip builds the sdist")}: {call.Name}() ({ModuleCapabilities.Of(call)!.Value.Describe()})"));
}

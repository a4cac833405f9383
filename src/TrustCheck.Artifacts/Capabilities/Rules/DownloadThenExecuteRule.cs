using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10303: a download, then (or around it) an <c>exec</c> or process start in the same function (or the same module body): a second stage.</summary>
internal sealed class DownloadThenExecuteRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        if (!module.Calls.Any(CallNames.IsDownload))
        {
            yield break;
        }

        foreach (var scope in module.Calls.GroupBy(c => c.Scope))
        {
            var download = scope.FirstOrDefault(CallNames.IsDownload);
            var run = download is null ? null : scope.FirstOrDefault(c => c.Close > download.Open && c != download && (CallNames.IsProcess(c) || CallNames.IsDynamicCode(c.Name)));
            if (download is not null && run is not null)
            {
                yield return new CapabilityHit(CapabilityCodes.DownloadThenExecute, ArtifactSeverity.High, true, module.Key, module.Member, run.Location, run.Line,
                    $"{download.Name}() on line {download.Line}, then {run.Name}() on line {run.Line}");
            }
        }
    }
}

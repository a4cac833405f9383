using TrustCheck.Engine.Planning;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Engine.Reporting;

/// <summary>One inspected release: its evidence and every provider's signal, plus findings the engine adds.</summary>
internal sealed record PackageOutcome(PlannedPackage Planned, ReleaseEvidence Evidence, IReadOnlyList<Signal> Signals)
{
    public List<(string Provider, Finding Finding)> EngineFindings { get; } = [];

    public string Id => $"{Evidence.Name.Normalized}=={Evidence.Version}";

    public IEnumerable<(string Provider, Finding Finding)> AllFindings =>
        Signals.SelectMany(s => s.Findings.Select(f => (s.Provider, f))).Concat(EngineFindings);

    public bool HasIndeterminateSignals => Signals.Any(s => s.Status == SignalStatus.Indeterminate);
}

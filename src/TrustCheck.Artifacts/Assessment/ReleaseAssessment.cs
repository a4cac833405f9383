using System.Globalization;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>
/// Turns a release's profile into findings, weighed against the previous release's: what runs where, and what is new.
/// Something the previous release had too is reported as Info (context); something new is one step more severe.
/// </summary>
public static class ReleaseAssessment
{
    /// <summary>The findings of a profile.</summary>
    /// <param name="profile">The release's profile.</param>
    /// <param name="baseline">The previous release's profile, or null.</param>
    public static IReadOnlyList<ArtifactFinding> Assess(ReleaseProfile profile, ReleaseProfile? baseline)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var findings = new List<ArtifactFinding>();
        var since = baseline is null ? null : baseline.File.Filename;
        foreach (var item in profile.Surface)
        {
            var novelty = baseline is null ? Novelty.NoBaseline
                : baseline.Surface.Any(b => b.Kind == item.Kind && b.Key == item.Key) ? Novelty.Unchanged : Novelty.New;
            if (SurfaceFinding(item, novelty, since) is { } finding)
            {
                findings.Add(finding);
            }
        }

        foreach (var (member, scan) in profile.Modules.Values)
        {
            if (scan.EncodingProblem is { } problem)
            {
                findings.Add(new ArtifactFinding(CapabilityCodes.UndecodableSource, ArtifactSeverity.Low, $"{member.Path} does not decode cleanly: {problem}", Evidence(member.Path, null, null, Novelty.NoBaseline, null)));
            }

            foreach (var hit in scan.Hits)
            {
                var novelty = baseline is null ? Novelty.NoBaseline
                    : baseline.Modules.TryGetValue(hit.Module, out var previous) && previous.Scan.Hits.Any(h => h.Code == hit.Code) ? Novelty.Unchanged : Novelty.New;
                var severity = SeverityScale.Weigh(hit.BaseSeverity, hit.WeighsLocation ? hit.Location : null, novelty);
                findings.Add(new ArtifactFinding(hit.Code, severity, $"{hit.Member} line {Text(hit.Line)}, {SeverityScale.Describe(hit.Location)}: {hit.Detail}{Suffix(novelty, since)}", Evidence(hit.Member, hit.Line, hit.Location, novelty, since)));
            }
        }

        if (baseline is not null)
        {
            findings.AddRange(NewCapabilities(profile, baseline));
        }

        return findings;
    }

    private static IEnumerable<ArtifactFinding> NewCapabilities(ReleaseProfile profile, ReleaseProfile baseline)
    {
        var before = baseline.Capabilities;
        foreach (var (member, scan) in profile.Modules.Values)
        {
            foreach (var use in scan.Capabilities.Where(c => !before.Contains(c.Capability)))
            {
                var location = use.Call.Location;
                var severity = location == CodeLocation.Function ? ArtifactSeverity.Medium : ArtifactSeverity.High;
                yield return new ArtifactFinding(CapabilityCodes.NewCapability, severity,
                    $"{member.Path} line {Text(use.Call.Line)}, {SeverityScale.Describe(location)}: {use.Call.Name}() brings {use.Capability.Describe()}, which {baseline.File.Filename} had nowhere",
                    Evidence(member.Path, use.Call.Line, location, Novelty.New, baseline.File.Filename, ("capability", use.Capability.Describe())));
            }
        }
    }

    private static ArtifactFinding? SurfaceFinding(SurfaceItem item, Novelty novelty, string? since)
    {
        var (code, severity, message) = item.Kind switch
        {
            SurfaceKind.ExecutingPth => (SurfaceCodes.ExecutingPth, ArtifactSeverity.Medium, $"{item.Member} runs code at every interpreter start: {item.Detail}"),
            SurfaceKind.EntryPoint when item.ShadowsCommand => (SurfaceCodes.ShadowingEntryPoint, ArtifactSeverity.High, $"The entry point '{item.Detail}' installs a command that shadows a common command of another project"),
            SurfaceKind.EntryPoint when novelty == Novelty.New => (SurfaceCodes.NewEntryPoint, ArtifactSeverity.Low, $"The entry point '{item.Detail}' is new"),
            SurfaceKind.NativeCode => (SurfaceCodes.NativeCode, ArtifactSeverity.Medium, $"{item.Member} is native code ({item.Detail}) where pure Python was declared"),
            SurfaceKind.OrphanBytecode => (SurfaceCodes.OrphanBytecode, ArtifactSeverity.Medium, $"{item.Member} is {item.Detail}"),
            SurfaceKind.InstallHook => (SurfaceCodes.InstallHook, ArtifactSeverity.Medium, $"{item.Detail}: custom code runs when pip builds or installs the sdist"),
            SurfaceKind.InTreeBuildBackend => (SurfaceCodes.InTreeBuildBackend, ArtifactSeverity.Medium, $"The sdist builds with a backend it ships itself ({item.Detail})"),
            _ => (string.Empty, ArtifactSeverity.Info, string.Empty),
        };
        if (code.Length == 0)
        {
            return null;
        }

        var weighed = code == SurfaceCodes.NewEntryPoint ? severity : SeverityScale.Weigh(severity, null, novelty);
        return new ArtifactFinding(code, weighed, message + Suffix(novelty, since), Evidence(item.Member, null, null, novelty, since, ("key", item.Key)));
    }

    private static string Suffix(Novelty novelty, string? since) => novelty switch
    {
        Novelty.New => $" — new since {since}",
        Novelty.Unchanged => $" — {since} had it too",
        _ => string.Empty,
    };

    private static Dictionary<string, string> Evidence(string member, int? line, CodeLocation? location, Novelty novelty, string? baseline, params (string Key, string Value)[] more)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = member, ["novelty"] = novelty switch { Novelty.New => "new", Novelty.Unchanged => "unchanged", _ => "no-baseline" } };
        if (line is { } l)
        {
            evidence["line"] = Text(l);
        }

        if (location is { } where)
        {
            evidence["location"] = where switch { CodeLocation.Function => "function", CodeLocation.ImportTime => "import-time", CodeLocation.SetupScript => "setup-script", _ => "pth" };
        }

        if (baseline is not null)
        {
            evidence["baseline"] = baseline;
        }

        foreach (var (key, value) in more)
        {
            evidence[key] = value;
        }

        return evidence;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

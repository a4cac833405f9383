using System.Globalization;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;
using TrustCheck.Artifacts.Surface;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>
/// Turns a release's profile into findings, weighed against the previous release's: what runs where, and what is new.
/// Novelty is judged per module and per place: a surface element whose content changed is new; a rule's hits in a
/// module beyond those the same module had at the same location are new; a capability a module did not have (or had
/// only inside functions and now uses at import time) is new — more severe when the whole project never had it.
/// </summary>
public static class ReleaseAssessment
{
    /// <summary>The findings of a profile.</summary>
    /// <param name="profile">The release's profile.</param>
    /// <param name="baseline">The previous release's profile, or null.</param>
    public static IReadOnlyList<ArtifactFinding> Assess(ReleaseProfile profile, ReleaseProfile? baseline)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var findings = new List<ArtifactFinding>(profile.Findings);
        var since = baseline?.File.Filename;
        foreach (var item in profile.Surface)
        {
            if (SurfaceFindings.Of(item, SurfaceNovelty(item, baseline), since) is { } finding)
            {
                findings.Add(finding);
            }
        }

        foreach (var (member, scan) in profile.Modules.Values)
        {
            var previous = baseline is not null && baseline.Modules.TryGetValue(scan.Key, out var before) ? before.Scan : null;
            if (scan.EncodingProblem is { } problem)
            {
                // Stray bytes are noise; a codec this reading does not know (or one contradicting the byte order mark)
                // means the code a reviewer sees may not be the code that runs.
                var misread = scan.EncodingProblemKind is SourceEncodingProblem.UnknownCodec or SourceEncodingProblem.ByteOrderMarkConflict;
                var novelty = baseline is null ? Novelty.NoBaseline : previous?.EncodingProblemKind == scan.EncodingProblemKind ? Novelty.Unchanged : Novelty.New;
                var severity = misread ? SeverityScale.Weigh(ArtifactSeverity.High, null, novelty) : ArtifactSeverity.Low;
                findings.Add(new ArtifactFinding(CapabilityCodes.UndecodableSource, severity, $"{member.Path} does not decode cleanly: {problem}{Suffix(novelty, since)}", Evidence(member.Path, null, null, novelty, since)));
            }

            foreach (var (hit, novelty) in HitNovelty(scan, previous, baseline is not null))
            {
                var severity = SeverityScale.Weigh(hit.BaseSeverity, hit.WeighsLocation ? hit.Location : null, novelty);
                findings.Add(new ArtifactFinding(hit.Code, severity, $"{hit.Member} line {Text(hit.Line)}, {SeverityScale.Describe(hit.Location)}: {hit.Detail}{Suffix(novelty, since)}", Evidence(hit.Member, hit.Line, hit.Location, novelty, since)));
            }

            if (baseline is not null)
            {
                findings.AddRange(NewCapabilities(member.Path, scan, previous, baseline));
            }
        }

        return findings;
    }

    private static Novelty SurfaceNovelty(SurfaceItem item, ReleaseProfile? baseline)
    {
        if (baseline is null)
        {
            return Novelty.NoBaseline;
        }

        var before = baseline.Surface.FirstOrDefault(b => b.Kind == item.Kind && b.Key == item.Key);
        return before is null ? Novelty.New : string.Equals(before.Digest, item.Digest, StringComparison.Ordinal) ? Novelty.Unchanged : Novelty.Changed;
    }

    /// <summary>Each hit with its novelty: per (code, location), as many as the same module had before are unchanged, the rest are new.</summary>
    private static IEnumerable<(CapabilityHit Hit, Novelty Novelty)> HitNovelty(ModuleScan scan, ModuleScan? previous, bool hasBaseline)
    {
        foreach (var group in scan.Hits.GroupBy(h => (h.Code, h.Location)))
        {
            var known = previous?.Hits.Count(h => h.Code == group.Key.Code && h.Location >= group.Key.Location) ?? 0;
            foreach (var hit in group.OrderBy(h => h.Line))
            {
                yield return (hit, !hasBaseline ? Novelty.NoBaseline : known-- > 0 ? Novelty.Unchanged : Novelty.New);
            }
        }
    }

    private static IEnumerable<ArtifactFinding> NewCapabilities(string member, ModuleScan scan, ModuleScan? previous, ReleaseProfile baseline)
    {
        foreach (var use in scan.Capabilities)
        {
            var before = previous?.Capabilities.FirstOrDefault(c => c.Capability == use.Capability);
            var atImport = use.Call.Location != CodeLocation.Function;
            if (before is not null && (before.Call.Location != CodeLocation.Function || !atImport))
            {
                continue;
            }

            // Starting processes, opening connections or running built code when a module is imported is what payloads do
            // and libraries almost never do: new at import time it is High whatever the project did elsewhere. Loading a
            // native library at import is what bindings do: High only when the project never did it.
            var projectHadIt = baseline.Capabilities.Contains(use.Capability);
            var alarming = use.Capability is Capability.Process or Capability.Network or Capability.DynamicCode;
            var severity = (atImport, projectHadIt) switch
            {
                (true, false) => ArtifactSeverity.High,
                (true, true) => alarming ? ArtifactSeverity.High : ArtifactSeverity.Medium,
                (false, false) => ArtifactSeverity.Medium,
                _ => ArtifactSeverity.Low,
            };
            var context = projectHadIt
                ? before is null ? $"which {baseline.File.Filename} had in other modules but not in this one" : $"which this module had in {baseline.File.Filename} only inside functions"
                : $"which {baseline.File.Filename} had nowhere";
            yield return new ArtifactFinding(CapabilityCodes.NewCapability, severity,
                $"{member} line {Text(use.Call.Line)}, {SeverityScale.Describe(use.Call.Location)}: {use.Call.Name}() brings {use.Capability.Describe()}, {context}",
                Evidence(member, use.Call.Line, use.Call.Location, Novelty.New, baseline.File.Filename, ("capability", use.Capability.Describe()), ("project", projectHadIt ? "had-it" : "never-had-it")));
        }
    }

    internal static string Suffix(Novelty novelty, string? since) => novelty switch
    {
        Novelty.New => $" — new since {since}",
        Novelty.Unchanged => $" — {since} had it too",
        Novelty.Changed => $" — changed since {since}",
        _ => string.Empty,
    };

    internal static Dictionary<string, string> Evidence(string member, int? line, CodeLocation? location, Novelty novelty, string? baseline, params (string Key, string Value)[] more)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = member, ["novelty"] = novelty switch { Novelty.New => "new", Novelty.Changed => "changed", Novelty.Unchanged => "unchanged", _ => "no-baseline" } };
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

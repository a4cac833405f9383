using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>
/// What a release's file would install and run: its execution surface (<c>.pth</c>, start-up modules, entry points
/// and scripts, native code, orphan bytecode, build hooks) and a scan of every Python module, keyed so two releases
/// can be compared. Every member is scanned; two members that install to the same place are a finding.
/// </summary>
public sealed class ReleaseProfile
{
    private ReleaseProfile(DistributionFilename file, IReadOnlyList<SurfaceItem> surface, IReadOnlyDictionary<string, (ArchiveMember Member, ModuleScan Scan)> modules, IReadOnlyList<ArtifactFinding> findings)
    {
        File = file;
        Surface = surface;
        Modules = modules;
        Findings = findings;
        Capabilities = modules.Values.SelectMany(m => m.Scan.Capabilities).Select(c => c.Capability).ToHashSet();
    }

    /// <summary>The file's parsed name.</summary>
    public DistributionFilename File { get; }

    /// <summary>The execution surface.</summary>
    public IReadOnlyList<SurfaceItem> Surface { get; }

    /// <summary>Each scanned module (Python source, Python scripts, the executable lines of <c>.pth</c> files) by key, with its member.</summary>
    public IReadOnlyDictionary<string, (ArchiveMember Member, ModuleScan Scan)> Modules { get; }

    /// <summary>Layout problems found while profiling (members that install to the same place).</summary>
    public IReadOnlyList<ArtifactFinding> Findings { get; }

    /// <summary>Every capability any module exercises.</summary>
    public IReadOnlySet<Capability> Capabilities { get; }

    /// <summary>Builds the profile of a file's members.</summary>
    /// <param name="file">The parsed file name.</param>
    /// <param name="contents">Its members, read by <see cref="SafeArchiveReader"/>.</param>
    /// <param name="reuse">A profile (the baseline's) whose scans are reused for byte-identical modules, or null.</param>
    /// <returns>The profile.</returns>
    public static ReleaseProfile Build(DistributionFilename file, ArchiveContents contents, ReleaseProfile? reuse = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(contents);
        var layout = ReleaseLayout.Of(file.Kind, contents);
        var surface = new List<SurfaceItem>();
        if (file.Kind == DistributionKind.Wheel)
        {
            surface.AddRange(PthFiles.Find(contents, layout));
            surface.AddRange(StartupModules.Find(contents, layout));
            surface.AddRange(EntryPoints.Find(contents, file.Name.Normalized));
            surface.AddRange(Scripts.Find(contents, layout, file.Name.Normalized));
        }
        else
        {
            surface.AddRange(BuildHooks.Find(contents, layout));
        }

        surface.AddRange(NativeCode.Find(file, contents, layout));
        surface.AddRange(OrphanBytecode.Find(contents, layout));

        var findings = new List<ArtifactFinding>();
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        var modules = new Dictionary<string, (ArchiveMember, ModuleScan)>(StringComparer.Ordinal);
        foreach (var member in contents.Members)
        {
            var key = layout.ModuleKey(member.Path);
            var moduleKey = key;
            if (!places.TryAdd(key, member.Path))
            {
                findings.Add(new ArtifactFinding(ArchiveCodes.SameInstallPath, ArtifactSeverity.High,
                    $"{places[key]} and {member.Path} both install to {key}: the installer keeps one of them, and which one is checked need not be the one that runs.",
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = member.Path, ["other"] = places[key], ["installsTo"] = key }));
                moduleKey = key + "#" + member.Path;
            }

            if (LocationOf(key, member, layout) is { } location)
            {
                modules[moduleKey] = (member, Reused(reuse, moduleKey, member) ?? Scan(moduleKey, member, location));
            }
        }

        return new ReleaseProfile(file, surface, modules, findings);
    }

    private static CodeLocation? LocationOf(string key, ArchiveMember member, ReleaseLayout layout)
    {
        if (layout.Kind == DistributionKind.SourceDistribution)
        {
            return key == "setup.py" ? CodeLocation.SetupScript : IsPython(key) ? CodeLocation.ImportTime : null;
        }

        if (layout.IsScript(member.Path))
        {
            return Scripts.IsPython(member) ? CodeLocation.ImportTime : null;
        }

        if (layout.AtSitePackagesRoot(member.Path) && (key.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || StartupModules.IsStartupModule(key)))
        {
            return CodeLocation.Pth;
        }

        return StartupModules.IsStartupModule(key) ? CodeLocation.Pth : IsPython(key) ? CodeLocation.ImportTime : null;
    }

    private static bool IsPython(string key) => key.EndsWith(".py", StringComparison.Ordinal) || key.EndsWith(".pyw", StringComparison.Ordinal);

    private static ModuleScan Scan(string key, ArchiveMember member, CodeLocation location)
    {
        if (location != CodeLocation.Pth || !key.EndsWith(".pth", StringComparison.OrdinalIgnoreCase))
        {
            return ModuleScanner.Scan(key, member.Path, member.Content.Span, location);
        }

        var lines = string.Join("\n", PthFiles.ExecutableLines(member.Content.Span)) + "\n";
        return ModuleScanner.Scan(key, member.Path, System.Text.Encoding.UTF8.GetBytes(lines), location);
    }

    private static ModuleScan? Reused(ReleaseProfile? reuse, string key, ArchiveMember member)
    {
        if (reuse is null || !reuse.Modules.TryGetValue(key, out var previous) || !previous.Member.Content.Span.SequenceEqual(member.Content.Span))
        {
            return null;
        }

        return previous.Member.Path == member.Path ? previous.Scan
            : previous.Scan with { Hits = [.. previous.Scan.Hits.Select(h => h with { Member = member.Path })] };
    }
}

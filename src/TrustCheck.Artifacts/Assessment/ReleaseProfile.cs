using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Surface;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>
/// What a release's file would install and run: its execution surface (<c>.pth</c>, entry points, native code,
/// orphan bytecode, build hooks) and a scan of every Python module, keyed so two releases can be compared.
/// </summary>
public sealed class ReleaseProfile
{
    private ReleaseProfile(DistributionFilename file, IReadOnlyList<SurfaceItem> surface, IReadOnlyDictionary<string, (ArchiveMember Member, ModuleScan Scan)> modules)
    {
        File = file;
        Surface = surface;
        Modules = modules;
    }

    /// <summary>The file's parsed name.</summary>
    public DistributionFilename File { get; }

    /// <summary>The execution surface.</summary>
    public IReadOnlyList<SurfaceItem> Surface { get; }

    /// <summary>Each scanned module (Python source, and the executable lines of <c>.pth</c> files) by key, with its member.</summary>
    public IReadOnlyDictionary<string, (ArchiveMember Member, ModuleScan Scan)> Modules { get; }

    /// <summary>Every capability any module exercises.</summary>
    public IReadOnlySet<Capability> Capabilities => Modules.Values.SelectMany(m => m.Scan.Capabilities).Select(c => c.Capability).ToHashSet();

    /// <summary>Builds the profile of a file's members.</summary>
    /// <param name="file">The parsed file name.</param>
    /// <param name="contents">Its members, read by <see cref="SafeArchiveReader"/>.</param>
    /// <param name="reuse">A profile (the baseline's) whose scans are reused for byte-identical modules, or null.</param>
    /// <returns>The profile.</returns>
    public static ReleaseProfile Build(DistributionFilename file, ArchiveContents contents, ReleaseProfile? reuse = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(contents);
        var kind = file.Kind;
        var surface = new List<SurfaceItem>();
        if (kind == DistributionKind.Wheel)
        {
            surface.AddRange(PthFiles.Find(contents));
            surface.AddRange(EntryPoints.Find(contents, file.Name.Normalized));
        }
        else
        {
            surface.AddRange(BuildHooks.Find(contents));
        }

        surface.AddRange(NativeCode.Find(file, contents));
        surface.AddRange(OrphanBytecode.Find(contents, kind));

        var modules = new Dictionary<string, (ArchiveMember, ModuleScan)>(StringComparer.Ordinal);
        foreach (var member in contents.Members)
        {
            var key = ReleaseLayout.ModuleKey(member.Path, kind);
            if (LocationOf(key, member.Path, kind) is not { } location || modules.ContainsKey(key))
            {
                continue;
            }

            modules[key] = (member, Reused(reuse, key, member) ?? Scan(key, member, location));
        }

        return new ReleaseProfile(file, surface, modules);
    }

    private static CodeLocation? LocationOf(string key, string path, DistributionKind kind) =>
        kind == DistributionKind.SourceDistribution && key == "setup.py" ? CodeLocation.SetupScript
        : key.EndsWith(".py", StringComparison.Ordinal) || key.EndsWith(".pyw", StringComparison.Ordinal) ? CodeLocation.ImportTime
        : kind == DistributionKind.Wheel && key.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) && ReleaseLayout.AtSitePackagesRoot(key, path) ? CodeLocation.Pth
        : null;

    private static ModuleScan Scan(string key, ArchiveMember member, CodeLocation location)
    {
        if (location != CodeLocation.Pth)
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

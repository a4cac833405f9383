using TrustCheck.Artifacts.Archives;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// Where each member of one archive lands once installed, as a key that stays the same from one release to the next:
/// a wheel's <c>*.data/purelib|platlib/</c> beside the top level, <c>*.data/data/…/site-packages/</c> there too (the
/// data scheme is rooted at the environment's prefix), <c>*.data/scripts/</c> on PATH; an sdist's common top folder
/// dropped only when every member has it, as pip does — so two members that install to the same place share a key.
/// </summary>
public sealed class ReleaseLayout
{
    private readonly string? _sdistFolder;

    private ReleaseLayout(DistributionKind kind, string? sdistFolder)
    {
        Kind = kind;
        _sdistFolder = sdistFolder;
    }

    /// <summary>The distribution's kind.</summary>
    public DistributionKind Kind { get; }

    /// <summary>The layout of an archive's members.</summary>
    /// <param name="kind">Wheel or sdist.</param>
    /// <param name="contents">The members.</param>
    public static ReleaseLayout Of(DistributionKind kind, ArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        if (kind != DistributionKind.SourceDistribution)
        {
            return new ReleaseLayout(kind, null);
        }

        var tops = contents.Members.Select(m => MemberPaths.Key(m.Path)).Select(p => (Slash: p.IndexOf('/', StringComparison.Ordinal), Path: p)).ToList();
        var folder = tops.Count > 0 && tops.TrueForAll(t => t.Slash > 0) ? tops[0].Path[..tops[0].Slash] : null;
        return new ReleaseLayout(kind, folder is not null && tops.TrueForAll(t => t.Path.AsSpan(0, t.Slash).SequenceEqual(folder)) ? folder : null);
    }

    /// <summary>The member's key: the path it installs to (site-packages relative; <c>scripts/</c> and <c>data/</c> for other schemes).</summary>
    /// <param name="path">The member path.</param>
    public string ModuleKey(string path) => Place(path).Key;

    /// <summary>Whether the member installs into site-packages (a module, a <c>.pth</c>, metadata), not on PATH or elsewhere.</summary>
    /// <param name="path">The member path.</param>
    public bool InSitePackages(string path) => Place(path).Scheme == Scheme.SitePackages;

    /// <summary>Whether the member installs at the top of site-packages (where <c>.pth</c> and <c>sitecustomize</c> take effect).</summary>
    /// <param name="path">The member path.</param>
    public bool AtSitePackagesRoot(string path) => Place(path) is { Scheme: Scheme.SitePackages } place && !place.Key.Contains('/', StringComparison.Ordinal);

    /// <summary>Whether the member is a wheel script, installed on PATH.</summary>
    /// <param name="path">The member path.</param>
    public bool IsScript(string path) => Place(path).Scheme == Scheme.Scripts;

    private (string Key, Scheme Scheme) Place(string path)
    {
        var canonical = MemberPaths.Key(path);
        if (Kind == DistributionKind.SourceDistribution)
        {
            return (_sdistFolder is null ? canonical : canonical[(_sdistFolder.Length + 1)..], Scheme.Source);
        }

        var segments = canonical.Split('/');
        if (segments.Length < 3 || !segments[0].EndsWith(".data", StringComparison.Ordinal))
        {
            return (canonical, Scheme.SitePackages);
        }

        var rest = string.Join('/', segments.Skip(2));
        switch (segments[1])
        {
            case "purelib" or "platlib":
                return (rest, Scheme.SitePackages);
            case "scripts":
                return ("scripts/" + rest, Scheme.Scripts);
            case "data":
                var site = Array.FindIndex(segments, 2, s => s is "site-packages" or "dist-packages");
                return site > 0 && site < segments.Length - 1 ? (string.Join('/', segments.Skip(site + 1)), Scheme.SitePackages) : ("data/" + rest, Scheme.Other);
            default:
                return (segments[1] + "/" + rest, Scheme.Other);
        }
    }

    private enum Scheme
    {
        SitePackages,
        Scripts,
        Source,
        Other,
    }
}

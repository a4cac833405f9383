using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Simple;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;

namespace TrustCheck.Evidence.Release;

/// <summary>Everything known about one release, loaded once per inspection and shared by every provider.</summary>
public sealed record ReleaseEvidence
{
    /// <summary>The project.</summary>
    public required PackageName Name { get; init; }

    /// <summary>The release's version string.</summary>
    public required string Version { get; init; }

    /// <summary>The release from the JSON API.</summary>
    public required PyPiRelease Release { get; init; }

    /// <summary>The project from the JSON API (every release's files), when it was loaded.</summary>
    public PyPiProject? Project { get; init; }

    /// <summary>
    /// The private (extra) index the release was read from when the public JSON API does not know the project (its
    /// <see cref="Release"/> and <see cref="Project"/> are then built from that index's Simple page); null when the
    /// release comes from the public JSON API.
    /// </summary>
    public string? PrivateIndex { get; init; }

    /// <summary>The main index's page for the project, when it has one.</summary>
    public SimpleProjectPage? IndexPage { get; init; }

    /// <summary>The extra (private) indexes' pages that have the project.</summary>
    public IReadOnlyList<SimpleProjectPage> ExtraIndexPages { get; init; } = [];

    /// <summary>The release's files with their verified provenance.</summary>
    public IReadOnlyList<DistributionEvidence> Files { get; init; } = [];

    /// <summary>The vulnerabilities that may concern the release, merged by alias (ranges not yet evaluated).</summary>
    public IReadOnlyList<VulnerabilityRecord> Vulnerabilities { get; init; } = [];

    /// <summary>Earlier releases, newest first, with their files' verified provenance (for drift).</summary>
    public IReadOnlyList<ReleaseHistoryEntry> History { get; init; } = [];

    /// <summary>The release's files downloaded for content analysis (<c>--inspect-artifacts</c>); empty otherwise.</summary>
    public IReadOnlyList<DistributionContent> Contents { get; init; } = [];
}

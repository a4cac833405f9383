using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Archives;

/// <summary>What reading an archive gave: the regular files that could be read safely, and what was wrong with it.</summary>
/// <param name="Members">The regular files, in archive order (rejected members are left out).</param>
/// <param name="Findings">What was wrong, one finding per problem.</param>
public sealed record ArchiveContents(IReadOnlyList<ArchiveMember> Members, IReadOnlyList<ArtifactFinding> Findings)
{
    /// <summary>Whether reading stopped early (unreadable, too many members, too large): the members are incomplete.</summary>
    public bool Incomplete { get; init; }
}

namespace TrustCheck.Dependencies;

/// <summary>Where a project stands in one resolution pass.</summary>
internal enum PassNodeState
{
    /// <summary>Reached, version not chosen yet.</summary>
    Pending,

    /// <summary>A version was chosen (or, for a root, given).</summary>
    Resolved,

    /// <summary>The index does not know the project.</summary>
    UnknownProject,

    /// <summary>No usable release satisfies any requirement on the project.</summary>
    NoMatchingVersion,
}

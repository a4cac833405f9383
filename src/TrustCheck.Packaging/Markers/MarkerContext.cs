namespace TrustCheck.Packaging;

/// <summary>Where a marker is evaluated, which decides the variables that exist by default.</summary>
public enum MarkerContext
{
    /// <summary>Core metadata (<c>Requires-Dist</c>): <c>extra</c> defaults to the empty string.</summary>
    Metadata,

    /// <summary>Lock files (PEP 751): <c>extras</c> and <c>dependency_groups</c> default to empty sets.</summary>
    LockFile,

    /// <summary>Any other requirement: only the environment's own variables exist.</summary>
    Requirement,
}

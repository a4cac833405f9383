namespace TrustCheck.Inspection;

/// <summary>How far to follow dependencies.</summary>
public enum DependencyMode
{
    /// <summary>Only the requested packages.</summary>
    None,

    /// <summary>The requested packages and their direct dependencies (<c>--with-deps</c>).</summary>
    Direct,

    /// <summary>The whole dependency graph (<c>--with-transitive-deps</c>).</summary>
    Transitive,
}

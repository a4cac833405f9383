namespace TrustCheck.Dependencies;

/// <summary>Why no release of a project satisfies a requirement, by the first filter that left nothing.</summary>
internal enum NoMatchReason
{
    /// <summary>The project has no release with a PEP 440 version.</summary>
    NoReleases,

    /// <summary>No release's version satisfies the specifier.</summary>
    NoVersionInRange,

    /// <summary>The releases in range have no files.</summary>
    NoFiles,

    /// <summary>The releases in range with files are all yanked.</summary>
    OnlyYanked,

    /// <summary>The usable releases in range all require another Python than the target's.</summary>
    RequiresPython,
}

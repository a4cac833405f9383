namespace TrustCheck.Providers.Metadata;

/// <summary>What kind of distribution a release file is, as far as installers care.</summary>
internal enum ReleaseFileKind
{
    /// <summary>A source distribution (<c>sdist</c>): installing it builds it, running its build code.</summary>
    SourceDistribution,

    /// <summary>A wheel (<c>bdist_wheel</c>): installed by unpacking.</summary>
    Wheel,

    /// <summary>A legacy built format (<c>bdist_egg</c>, <c>bdist_wininst</c>, <c>bdist_msi</c>, …) pip does not install.</summary>
    Legacy,
}

namespace TrustCheck.Providers.Metadata;

/// <summary>The finding codes of the <c>release-metadata</c> provider (TC1xxx); see docs/signals/release-metadata.md.</summary>
internal static class MetadataCodes
{
    /// <summary>The release is yanked (PEP 592), with the maintainers' reason when given (High).</summary>
    public const string ReleaseYanked = "TC1001";

    /// <summary>A file of a release that is not itself yanked is yanked (Medium).</summary>
    public const string FileYanked = "TC1002";

    /// <summary>The release has no files to install (Medium).</summary>
    public const string NoFiles = "TC1003";

    /// <summary>The release has a source distribution but no wheel: installing it runs its build code (Low).</summary>
    public const string SourceOnly = "TC1004";

    /// <summary><c>Requires-Python</c> excludes the target Python of the inspection (Medium).</summary>
    public const string RequiresPythonExcludesTarget = "TC1005";

    /// <summary>The index reports a PEP 792 project status other than active (quarantined High, archived Medium, deprecated Low).</summary>
    public const string ProjectStatus = "TC1006";

    /// <summary>The release was first uploaded less than 72 hours before the inspection (Low).</summary>
    public const string VeryNewRelease = "TC1007";

    /// <summary>No license metadata: no License, License-Expression or <c>License ::</c> classifier (Low).</summary>
    public const string MissingLicense = "TC1008";

    /// <summary>The release has wheels but no source distribution (Info).</summary>
    public const string NoSourceDistribution = "TC1009";

    /// <summary>A <c>Requires-Python</c> is not a valid specifier set: installers ignore it (Low).</summary>
    public const string InvalidRequiresPython = "TC1010";

    /// <summary>The release has only legacy built formats (eggs, Windows installers) that pip does not install (Low).</summary>
    public const string LegacyFormatsOnly = "TC1011";
}

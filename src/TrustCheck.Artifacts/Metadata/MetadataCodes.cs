namespace TrustCheck.Artifacts.Metadata;

/// <summary>The finding codes of a file's own metadata (TC1011x); see docs/signals/release-contents.md.</summary>
public static class MetadataCodes
{
    /// <summary>The file's METADATA / PKG-INFO is missing, or names another project or version than the file (High).</summary>
    public const string FileMismatch = "TC10111";

    /// <summary>The file's METADATA names another project or version than the index published (High).</summary>
    public const string IndexIdentityMismatch = "TC10112";

    /// <summary>The file's Requires-Dist or Requires-Python differ from what the index published (Medium).</summary>
    public const string IndexRequirementsMismatch = "TC10113";
}

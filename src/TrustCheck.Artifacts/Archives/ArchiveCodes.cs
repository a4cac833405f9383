namespace TrustCheck.Artifacts.Archives;

/// <summary>The finding codes of safe archive reading (TC100xx); see docs/signals/release-contents.md.</summary>
public static class ArchiveCodes
{
    /// <summary>The archive cannot be read (truncated or not a zip / tar.gz) (High).</summary>
    public const string Unreadable = "TC10001";

    /// <summary>A member path escapes the archive: <c>..</c>, absolute, a drive letter (High).</summary>
    public const string PathTraversal = "TC10002";

    /// <summary>A tar member is a symbolic or hard link (High).</summary>
    public const string LinkMember = "TC10003";

    /// <summary>Two members have the same path (High).</summary>
    public const string DuplicateMember = "TC10004";

    /// <summary>A zip member is encrypted (High).</summary>
    public const string EncryptedMember = "TC10005";

    /// <summary>More members than the limit; the rest are not read (High).</summary>
    public const string TooManyMembers = "TC10006";

    /// <summary>A member, or all members together, uncompress to more than the limit (High).</summary>
    public const string TooLarge = "TC10007";

    /// <summary>A member compresses better than any real file does: a zip bomb (High).</summary>
    public const string CompressionRatio = "TC10008";

    /// <summary>A member name is not valid UTF-8 (Medium).</summary>
    public const string InvalidName = "TC10009";

    /// <summary>Two members install to the same place (after the installer's path mapping): which one is checked is not which one runs (High).</summary>
    public const string SameInstallPath = "TC10010";

    /// <summary>A tar member of a type other than file, folder or link (device, FIFO, unknown type flag) — extracted as a file by some tools (High).</summary>
    public const string SpecialMember = "TC10011";
}

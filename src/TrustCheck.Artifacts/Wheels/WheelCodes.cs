namespace TrustCheck.Artifacts.Wheels;

/// <summary>The finding codes of wheel integrity (TC101xx); see docs/signals/release-contents.md.</summary>
public static class WheelCodes
{
    /// <summary>The wheel has no <c>.dist-info/RECORD</c> (High).</summary>
    public const string NoRecord = "TC10101";

    /// <summary>A member's bytes do not match the hash RECORD gives for it (High).</summary>
    public const string HashMismatch = "TC10102";

    /// <summary>A member is not listed in RECORD (High): it would be installed unrecorded.</summary>
    public const string Unrecorded = "TC10103";

    /// <summary>RECORD lists a file the wheel does not contain (Medium).</summary>
    public const string MissingFile = "TC10104";

    /// <summary>RECORD lists a file without a hash, or with a hash other than SHA-256 or stronger (High).</summary>
    public const string WeakOrMissingHash = "TC10105";

    /// <summary>A member's size differs from the size RECORD gives (Medium).</summary>
    public const string SizeMismatch = "TC10106";

    /// <summary>The <c>.dist-info</c> directory is missing, not unique, or names another project or version than the file name (High).</summary>
    public const string DistInfoMismatch = "TC10107";

    /// <summary>The <c>WHEEL</c> metadata file is missing or names an unsupported <c>Wheel-Version</c> (Medium).</summary>
    public const string WheelMetadata = "TC10108";
}

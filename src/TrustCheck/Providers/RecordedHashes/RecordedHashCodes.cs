namespace TrustCheck.Providers.RecordedHashes;

/// <summary>The finding codes of the <c>recorded-hashes</c> provider (TC11xxx); see docs/signals/recorded-hashes.md.</summary>
internal static class RecordedHashCodes
{
    /// <summary>A digest the dependency file records matches none of the files the index publishes for the release (High).</summary>
    public const string NoPublishedFileMatches = "TC11001";

    /// <summary>A lock file records a digest for a named file, and the index publishes that file with another digest (High).</summary>
    public const string FileDigestDiffers = "TC11002";

    /// <summary>The dependency file records only digests TrustCheck cannot compare (not SHA-256) (Info).</summary>
    public const string NotComparable = "TC11003";
}

namespace TrustCheck.Providers.TrustedPublishers;

/// <summary>The finding codes of the <c>trusted-publisher</c> provider (documented in docs/signals/trusted-publisher.md).</summary>
internal static class TrustedPublisherCodes
{
    /// <summary>Info: the verified Trusted Publisher of some files, with the repository and workflow its attestations prove.</summary>
    public const string VerifiedPublisher = "TC3001";

    /// <summary>High: the verified files of one release name different publisher kinds or accounts.</summary>
    public const string InconsistentPublishers = "TC3002";

    /// <summary>Medium: files name a publisher kind TrustCheck cannot verify; they are never treated as verified.</summary>
    public const string UnsupportedPublisher = "TC3003";

    /// <summary>Low: no file of the release has provenance, so no Trusted Publisher is known.</summary>
    public const string NoTrustedPublisher = "TC3004";
}

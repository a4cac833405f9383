namespace TrustCheck.Providers.Repositories;

/// <summary>The finding codes of the <c>repository-links</c> provider (documented in docs/signals/repository-links.md).</summary>
internal static class RepositoryLinkCodes
{
    /// <summary>Info: declared links point to the repository the verified attestations prove (PyPI's "verified details").</summary>
    public const string VerifiedLinks = "TC4001";

    /// <summary>Medium: declared links name a different repository than the one the verified attestations prove.</summary>
    public const string ContradictedLinks = "TC4002";

    /// <summary>Low: no declared link names a source repository.</summary>
    public const string NoRepositoryLink = "TC4003";

    /// <summary>Info: the expected repository (<c>--expected-repo</c>) is proven by verified attestations.</summary>
    public const string ExpectedRepositoryProven = "TC4010";

    /// <summary>High: verified attestations prove a different repository than the expected one.</summary>
    public const string ExpectedRepositoryContradicted = "TC4011";

    /// <summary>Medium: no verified attestation can prove the expected repository; at most metadata claims it.</summary>
    public const string ExpectedRepositoryUnproven = "TC4012";

    /// <summary>Medium: the expected repository is not a repository URL or <c>owner/repo</c>, so it cannot be checked.</summary>
    public const string ExpectedRepositoryInvalid = "TC4013";
}

namespace TrustCheck.Verification;

/// <summary>
/// What to verify with <see cref="IArtifactVerifier.VerifyPep740Async"/>: a PEP 740 document, the distribution it
/// must be about (a local file, which is hashed, or its file name and SHA-256), and at most one of a publisher, an
/// identity with its issuer — optionally with an expected repository that must hold as well. Without any of them,
/// each bundle's own publisher is the policy, as PyPI does.
/// </summary>
public sealed record Pep740VerifyRequest
{
    /// <summary>The provenance object or attestation file.</summary>
    public required string DocumentPath { get; init; }

    /// <summary>The distribution file, hashed; or null when <see cref="Filename"/> and <see cref="Sha256"/> name it.</summary>
    public string? DistributionPath { get; init; }

    /// <summary>The distribution's file name (overrides the name of <see cref="DistributionPath"/>).</summary>
    public string? Filename { get; init; }

    /// <summary>The distribution's SHA-256 in hex; with <see cref="DistributionPath"/>, the file must hash to it.</summary>
    public string? Sha256 { get; init; }

    /// <summary>A publisher JSON file (a PEP 740 publisher object) to require instead of each bundle's own.</summary>
    public string? PublisherPath { get; init; }

    /// <summary>The certificate identity (SAN) to require; needs <see cref="Issuer"/>.</summary>
    public string? Identity { get; init; }

    /// <summary>The OIDC issuer to require with <see cref="Identity"/>.</summary>
    public string? Issuer { get; init; }

    /// <summary>The repository the signer must be (a URL, <c>host/owner/name</c> or GitHub's <c>owner/name</c>).</summary>
    public string? ExpectedRepository { get; init; }
}

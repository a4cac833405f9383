namespace TrustCheck.Verification;

/// <summary>What to verify with <see cref="IArtifactVerifier.VerifyBundleAsync"/>.</summary>
public sealed record BundleVerifyRequest
{
    /// <summary>The Sigstore bundle file.</summary>
    public required string BundlePath { get; init; }

    /// <summary>The artifact file, hashed; or null when <see cref="ArtifactSha256"/> gives its digest.</summary>
    public string? ArtifactPath { get; init; }

    /// <summary>The artifact's SHA-256 in hex, when <see cref="ArtifactPath"/> is not given.</summary>
    public string? ArtifactSha256 { get; init; }

    /// <summary>The certificate identity (SAN) to require.</summary>
    public required string Identity { get; init; }

    /// <summary>The OIDC issuer to require.</summary>
    public required string Issuer { get; init; }
}

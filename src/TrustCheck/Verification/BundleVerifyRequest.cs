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

    /// <summary>The certificate identity (SAN) to require, for certificate bundles; null with <see cref="KeyPath"/>.</summary>
    public string? Identity { get; init; }

    /// <summary>The OIDC issuer to require, with <see cref="Identity"/>; null with <see cref="KeyPath"/>.</summary>
    public string? Issuer { get; init; }

    /// <summary>
    /// A PEM public key (SubjectPublicKeyInfo) for bundles signed with a managed key, instead of
    /// <see cref="Identity"/> and <see cref="Issuer"/>.
    /// </summary>
    public string? KeyPath { get; init; }
}

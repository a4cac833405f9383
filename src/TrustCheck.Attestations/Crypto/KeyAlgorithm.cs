namespace TrustCheck.Attestations.Crypto;

/// <summary>The public-key algorithms Sigstore trusted roots and certificates use.</summary>
public enum KeyAlgorithm
{
    /// <summary>ECDSA on P-256 with SHA-256 (Rekor v1, CT logs, Fulcio leaves).</summary>
    EcdsaP256Sha256,

    /// <summary>ECDSA on P-384 with SHA-384 (Fulcio and TSA certificates).</summary>
    EcdsaP384Sha384,

    /// <summary>ECDSA on P-521 with SHA-512.</summary>
    EcdsaP521Sha512,

    /// <summary>Ed25519 (Rekor v2 checkpoints).</summary>
    Ed25519,

    /// <summary>RSA PKCS#1 v1.5 with SHA-256 (legacy CT logs, managed keys).</summary>
    RsaPkcs1Sha256,

    /// <summary>RSA-PSS with SHA-256, MGF1 with SHA-256 and a salt as long as the digest (managed keys).</summary>
    RsaPssSha256,
}

namespace TrustCheck.TestKit.Pki;

/// <summary>The managed-key algorithms a <see cref="TestSigningKey"/> can sign with.</summary>
public enum TestKeyType
{
    /// <summary>ECDSA P-256 with SHA-256.</summary>
    EcdsaP256,

    /// <summary>ECDSA P-384 with SHA-384.</summary>
    EcdsaP384,

    /// <summary>ECDSA P-521 with SHA-512.</summary>
    EcdsaP521,

    /// <summary>Ed25519.</summary>
    Ed25519,

    /// <summary>RSA 2048 PKCS#1 v1.5 with SHA-256.</summary>
    RsaPkcs1,

    /// <summary>RSA 2048 PSS with SHA-256.</summary>
    RsaPss,
}

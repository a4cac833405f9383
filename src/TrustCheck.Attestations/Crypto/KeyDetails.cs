namespace TrustCheck.Attestations.Crypto;

/// <summary>Maps Sigstore's <c>PublicKeyDetails</c> names to the algorithms this verifier implements.</summary>
internal static class KeyDetails
{
    public static KeyAlgorithm? TryMap(string? name) => name switch
    {
        "PKIX_ECDSA_P256_SHA_256" => KeyAlgorithm.EcdsaP256Sha256,
        "PKIX_ECDSA_P384_SHA_384" => KeyAlgorithm.EcdsaP384Sha384,
        "PKIX_ECDSA_P521_SHA_512" => KeyAlgorithm.EcdsaP521Sha512,
        "PKIX_ED25519" => KeyAlgorithm.Ed25519,
        "PKCS1_RSA_PKCS1V5" or "PKIX_RSA_PKCS1V5" or "PKIX_RSA_PKCS1V15_2048_SHA256"
            or "PKIX_RSA_PKCS1V15_3072_SHA256" or "PKIX_RSA_PKCS1V15_4096_SHA256" => KeyAlgorithm.RsaPkcs1Sha256,
        "PKIX_RSA_PSS_2048_SHA256" or "PKIX_RSA_PSS_3072_SHA256" or "PKIX_RSA_PSS_4096_SHA256" => KeyAlgorithm.RsaPssSha256,
        _ => null,
    };
}

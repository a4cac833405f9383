using System.Text.Json;

namespace TrustCheck.Attestations.Json;

// Wire shapes of a Sigstore bundle (protobuf JSON: camelCase, int64 as strings, bytes as base64).
internal sealed record BundleDocument(string? MediaType, VerificationMaterialDocument? VerificationMaterial, DsseEnvelopeDocument? DsseEnvelope, MessageSignatureDocument? MessageSignature);

internal sealed record VerificationMaterialDocument(
    RawBytesDocument? Certificate,
    CertificateChainDocument? X509CertificateChain,
    PublicKeyIdentifierDocument? PublicKey,
    IReadOnlyList<JsonElement>? TlogEntries,
    TimestampVerificationDataDocument? TimestampVerificationData);

internal sealed record PublicKeyIdentifierDocument(string? Hint);

internal sealed record TimestampVerificationDataDocument(IReadOnlyList<SignedTimestampDocument>? Rfc3161Timestamps);

internal sealed record SignedTimestampDocument(string? SignedTimestamp);

internal sealed record DsseEnvelopeDocument(string? Payload, string? PayloadType, IReadOnlyList<DsseSignatureDocument>? Signatures);

internal sealed record DsseSignatureDocument(string? Sig, string? Keyid);

internal sealed record MessageSignatureDocument(MessageDigestDocument? MessageDigest, string? Signature);

internal sealed record MessageDigestDocument(string? Algorithm, string? Digest);

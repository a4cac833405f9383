namespace TrustCheck.Attestations.Json;

// Wire shapes of `application/vnd.dev.sigstore.trustedroot+json;version=0.1` (protobuf JSON: bytes are base64).
internal sealed record TrustedRootDocument(
    string? MediaType,
    IReadOnlyList<TransparencyLogDocument>? Tlogs,
    IReadOnlyList<CertificateAuthorityDocument>? CertificateAuthorities,
    IReadOnlyList<TransparencyLogDocument>? Ctlogs,
    IReadOnlyList<CertificateAuthorityDocument>? TimestampAuthorities);

internal sealed record TransparencyLogDocument(string? BaseUrl, string? HashAlgorithm, PublicKeyDocument? PublicKey, LogIdDocument? LogId, LogIdDocument? CheckpointKeyId);

internal sealed record PublicKeyDocument(string? RawBytes, string? KeyDetails, ValidityDocument? ValidFor);

internal sealed record LogIdDocument(string? KeyId);

internal sealed record ValidityDocument(DateTimeOffset? Start, DateTimeOffset? End);

internal sealed record CertificateAuthorityDocument(DistinguishedNameDocument? Subject, string? Uri, CertificateChainDocument? CertChain, ValidityDocument? ValidFor);

internal sealed record DistinguishedNameDocument(string? Organization, string? CommonName);

internal sealed record CertificateChainDocument(IReadOnlyList<RawBytesDocument>? Certificates);

internal sealed record RawBytesDocument(string? RawBytes);

namespace TrustCheck.Attestations.Certificates;

/// <summary>One extension of a certificate: its OID, whether it is critical, and its value (the OCTET STRING's contents).</summary>
internal sealed record CertificateExtension(string Oid, bool Critical, ReadOnlyMemory<byte> Value);

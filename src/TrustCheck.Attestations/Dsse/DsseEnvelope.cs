namespace TrustCheck.Attestations.Dsse;

/// <summary>A DSSE envelope: a typed payload and its signatures.</summary>
/// <param name="PayloadType">The payload's media type, e.g. <c>application/vnd.in-toto+json</c>.</param>
/// <param name="Payload">The payload bytes exactly as transmitted.</param>
/// <param name="Signatures">The signatures over the payload's pre-authentication encoding.</param>
public sealed record DsseEnvelope(string PayloadType, ReadOnlyMemory<byte> Payload, IReadOnlyList<ReadOnlyMemory<byte>> Signatures)
{
    /// <summary>The bytes each signature covers.</summary>
    public byte[] PreAuthenticationEncoding() => Dsse.PreAuthenticationEncoding.Encode(PayloadType, Payload.Span);
}

namespace TrustCheck.Attestations.Transparency;

/// <summary>One signature line of a signed note: <c>— name base64(keyHint[4] || signature)</c>.</summary>
/// <param name="Name">The signer's name (for a Rekor log, its host).</param>
/// <param name="KeyHint">The first four bytes of the signer's key ID.</param>
/// <param name="Signature">The signature over the note text.</param>
public sealed record NoteSignature(string Name, ReadOnlyMemory<byte> KeyHint, ReadOnlyMemory<byte> Signature);

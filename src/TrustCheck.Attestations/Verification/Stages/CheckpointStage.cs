using System.Security.Cryptography;
using TrustCheck.Attestations.Transparency;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// The checkpoint must be signed by the entry's log (key hint and name both match, the signature verifies; other
/// signatures such as witness cosignatures are ignored) with a key valid at every verified signing time, and commit to
/// the proof's root hash and tree size. The name is the log's signed-note key name: its base URL without the scheme.
/// </summary>
internal sealed class CheckpointStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        if (context.Entry.InclusionProof is null)
        {
            // A managed-key entry resting on its promise: no checkpoint, but the log key still vouches only within its validity.
            return InclusionProofStage.PromiseStandsIn(context) ? LogKeyValidity(context) : Fail("the log entry has no inclusion proof, so no checkpoint");
        }

        var parseFailure = Checkpoint.TryParse(context.Entry.CheckpointEnvelope, out var checkpoint);
        if (parseFailure is not null)
        {
            return parseFailure;
        }

        var log = context.Log;
        var hint = log.LogId[..4];
        var name = KeyNameOf(log.BaseUrl);
        var signed = checkpoint!.Signatures.Any(s =>
            s.KeyHint.Span.SequenceEqual(hint.Span)
            && string.Equals(s.Name, name, StringComparison.Ordinal)
            && log.Key.Verify(checkpoint.SignedText.Span, s.Signature.Span));
        if (!signed)
        {
            return Fail($"no signature on the checkpoint verifies with the key of {log.BaseUrl} under its name '{name}'");
        }

        var validity = LogKeyValidity(context);
        if (validity is not null)
        {
            return validity;
        }

        var proof = context.Entry.InclusionProof!;
        if (!CryptographicOperations.FixedTimeEquals(checkpoint.RootHash.Span, proof.RootHash.Span))
        {
            return Fail("the checkpoint's root hash differs from the inclusion proof's root hash");
        }

        return checkpoint.TreeSize == proof.TreeSize
            ? null
            : Fail($"the checkpoint is for a tree of {checkpoint.TreeSize} entries, the proof for {proof.TreeSize}");
    }

    /// <summary>
    /// The key vouches only for what it signed within its validity: at every time the entry is trusted to have been
    /// made (the verified promise's integrated time, each verified timestamp), whatever the log's version.
    /// </summary>
    private static VerificationFailure? LogKeyValidity(BundleVerificationContext context)
    {
        var log = context.Log;
        foreach (var time in context.VerifiedTimes)
        {
            if (!log.ValidFor.Contains(time))
            {
                return Fail($"the key of {log.BaseUrl} was not valid at {time:O} (valid {log.ValidFor.Start:O} to {(log.ValidFor.End is { } end ? end.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "open")}), when the entry was made");
            }
        }

        return null;
    }

    /// <summary>
    /// The name a log signs its checkpoints under: C2SP signed-note identifies a key by name and key ID, the name being
    /// the log's "host[/path]" (Rekor v1 <c>rekor.sigstore.dev</c>, v2 <c>log2025-1.rekor.sigstore.dev</c>, a
    /// local log <c>localhost:8000</c>). Signature lines are unsigned, so anything short of equality (a name that merely
    /// occurs in the base URL) would accept another signer's line as the log's.
    /// </summary>
    private static string KeyNameOf(Uri baseUrl) => baseUrl.Authority + baseUrl.AbsolutePath.TrimEnd('/');

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Checkpoint, reason);
}

using System.Security.Cryptography;
using TrustCheck.Attestations.Transparency;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// The checkpoint must be signed by the entry's log (key hint and the log's whole name match, the signature verifies; other
/// signatures such as witness cosignatures are ignored) with a key valid at every verified signing time, and commit to
/// the proof's root hash and tree size.
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
        var name = NoteName(log.BaseUrl);
        var signed = checkpoint!.Signatures.Any(s =>
            s.KeyHint.Span.SequenceEqual(hint.Span)
            && string.Equals(s.Name, name, StringComparison.Ordinal)
            && log.Key.Verify(checkpoint.SignedText.Span, s.Signature.Span));
        if (!signed)
        {
            return Fail($"no signature on the checkpoint verifies with the key of {log.BaseUrl} under the log's name '{name}'");
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
    /// The name a log signs its checkpoints under: its base URL without the scheme (<c>rekor.sigstore.dev</c>,
    /// <c>localhost:8000</c>). The whole name must match; a part of it (found by the fuzzer: <c>r.sigstage.dev</c>)
    /// names another signer, as a signed-note verifier is known by its name and key hash together.
    /// </summary>
    internal static string NoteName(Uri baseUrl)
    {
        var url = baseUrl.OriginalString;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return (scheme < 0 ? url : url[(scheme + 3)..]).TrimEnd('/');
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

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Checkpoint, reason);
}

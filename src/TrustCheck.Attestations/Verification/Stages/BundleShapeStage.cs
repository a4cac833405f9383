using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// Structural rules before any cryptography: one log entry with an inclusion proof and checkpoint, a promise or a
/// timestamp to date it, one DSSE signature (or a message signature over the expected artifact), and a parseable
/// ECDSA signing certificate.
/// </summary>
internal sealed class BundleShapeStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var bundle = context.Bundle;
        if (bundle.TransparencyLogEntries.Count != 1)
        {
            return Fail($"the bundle has {bundle.TransparencyLogEntries.Count} transparency-log entries; exactly one is required");
        }

        var entry = context.Entry;
        if (entry.InclusionProof is null || string.IsNullOrEmpty(entry.CheckpointEnvelope))
        {
            return Fail("the log entry has no inclusion proof with a checkpoint");
        }

        if (entry.SignedEntryTimestamp is null && bundle.Rfc3161Timestamps.Count == 0)
        {
            return Fail("the log entry has no inclusion promise and the bundle has no RFC 3161 timestamp, so nothing dates the signature");
        }

        if (bundle.DsseEnvelope is { } envelope && envelope.Signatures.Count != 1)
        {
            return Fail($"the DSSE envelope has {envelope.Signatures.Count} signatures; exactly one is required");
        }

        if (bundle.DsseEnvelope is null && context.Artifact.Sha256 is null)
        {
            return Fail("the bundle holds a message signature, but the caller expected a DSSE attestation");
        }

        if (bundle.Certificate is not { } der)
        {
            return Fail("the bundle has no signing certificate; bundles signed with managed keys are not supported");
        }

        var cache = context.SigningCertificates;
        var failure = cache is null ? SigningCertificate.TryLoad(der.Span, out var signing) : cache.GetOrLoad(der.Span, out signing);
        if (failure is not null)
        {
            return Fail(failure);
        }

        context.Signing = signing;
        context.LeafIsShared = cache is not null;
        (context.Leaf, context.LeafStructure, context.LeafKey) = (signing!.Certificate, signing.Structure, signing.Key);
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}

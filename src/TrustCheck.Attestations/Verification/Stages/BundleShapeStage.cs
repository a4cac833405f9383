using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// Structural rules before any cryptography: one log entry, a promise or a timestamp to date it, one DSSE signature (or
/// a message signature over the expected artifact), and verification material of the kind the caller asked for. A
/// certificate bundle needs an inclusion proof with a checkpoint and a parseable ECDSA signing certificate; a
/// managed-key bundle carries no certificate and needs an inclusion proof with a checkpoint or an inclusion promise.
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

        var materialFailure = context.KeyPolicy is null ? CertificateMaterial(context) : KeyMaterial(context);
        if (materialFailure is not null)
        {
            return materialFailure;
        }

        var entry = context.Entry;
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

        return context.KeyPolicy is null ? LoadSigningCertificate(context) : null;
    }

    private static VerificationFailure? CertificateMaterial(BundleVerificationContext context)
    {
        if (context.Bundle.Certificate is null)
        {
            return Fail("the bundle is signed with a managed key (it carries a public-key hint, no certificate); verify it with that public key, not a certificate identity");
        }

        var entry = context.Entry;
        return entry.InclusionProof is null || string.IsNullOrEmpty(entry.CheckpointEnvelope)
            ? Fail("the log entry has no inclusion proof with a checkpoint")
            : null;
    }

    private static VerificationFailure? KeyMaterial(BundleVerificationContext context)
    {
        if (context.Bundle.Certificate is not null)
        {
            return Fail("the bundle carries a signing certificate, but a public key was given; verify it with a certificate identity, not a key");
        }

        var entry = context.Entry;
        if (entry.InclusionProof is not null && string.IsNullOrEmpty(entry.CheckpointEnvelope))
        {
            return Fail("the log entry's inclusion proof has no checkpoint");
        }

        return entry.InclusionProof is null && entry.SignedEntryTimestamp is null
            ? Fail("the log entry has neither an inclusion proof with a checkpoint nor an inclusion promise")
            : null;
    }

    private static VerificationFailure? LoadSigningCertificate(BundleVerificationContext context)
    {
        var der = context.Bundle.Certificate!.Value;
        var cache = context.SigningCertificates;
        var failure = cache is null ? SigningCertificate.TryLoad(der.Span, out var signing) : cache.GetOrLoad(der.Span, out signing);
        if (failure is not null)
        {
            return Fail(failure);
        }

        context.Signing = signing;
        context.LeafIsShared = cache is not null;
        (context.Leaf, context.LeafStructure, context.LeafKey) = (signing!.Leaf, signing.Structure, signing.Key);
        context.Material = VerificationMaterial.ForCertificate(der, context.LeafKey);
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}

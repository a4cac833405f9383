using System.Text.Json.Nodes;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;
using static TrustCheck.TestKit.FailClosed.FailClosedEdits;

namespace TrustCheck.TestKit.FailClosed;

/// <summary>
/// The fail-closed matrix (docs/threat-model.md, "Fail-closed matrix"): for every verification input, rows that
/// remove it, corrupt it, take it from an untrusted key, CA, log or identity, or move it outside its validity window,
/// each with the stage that must reject it. Shared by the verifier-level and the report-level tests.
/// </summary>
public static class FailClosedMatrix
{
    /// <summary>The DSSE envelope's signature and statement.</summary>
    public const string Envelope = "DSSE envelope";

    /// <summary>The in-toto statement's type, predicate type and subject list.</summary>
    public const string Statement = "in-toto statement";

    /// <summary>The subject that binds the statement to the distribution.</summary>
    public const string Subject = "statement subject";

    /// <summary>The signing certificate and its path to a trusted Fulcio CA.</summary>
    public const string Chain = "certificate chain";

    /// <summary>The certificate's validity at every verified signing time.</summary>
    public const string Validity = "certificate validity at the signing time";

    /// <summary>The certificate's embedded signed certificate timestamp.</summary>
    public const string Sct = "SCT";

    /// <summary>The certificate's identity against the provenance's Trusted Publisher.</summary>
    public const string Identity = "identity / publisher policy";

    /// <summary>The transparency-log entry's body.</summary>
    public const string LogBody = "tlog body";

    /// <summary>The Merkle inclusion proof of the body.</summary>
    public const string InclusionProof = "inclusion proof";

    /// <summary>The signed checkpoint the proof leads to.</summary>
    public const string Checkpoint = "checkpoint signature";

    /// <summary>The signed entry timestamp and the integrated time it signs.</summary>
    public const string Set = "SET (inclusion promise)";

    /// <summary>The RFC 3161 timestamps over the signature.</summary>
    public const string Timestamp = "RFC 3161 timestamp";

    /// <summary>The validFor windows of the trusted root's CA, CT log, Rekor and TSA keys.</summary>
    public const string RootWindow = "trusted-root validity window";

    /// <summary>The entry's log being one the trusted root lists.</summary>
    public const string RootMembership = "trusted-root membership";

    /// <summary>The number of transparency-log entries.</summary>
    public const string BundleShape = "bundle shape";

    private static readonly Func<TestAttestationOptions, TestAttestationOptions> WithTimestamp = o => o with { WithRfc3161Timestamp = true };
    private static readonly Func<TestAttestationOptions, TestAttestationOptions> RekorV2 = o => o with { TimestampOnly = true };

    /// <summary>Every row.</summary>
    public static IReadOnlyList<FailClosedRow> Rows { get; } =
    [
        // The DSSE envelope: its signature and payload. The log body commits to both, so bytes edited after logging
        // are caught there; a signature that is logged as made but does not verify is caught at the signature stage.
        new("envelope.signature-removed", Envelope, Corruption.Removed, VerificationStage.Bundle, "signature")
        {
            EditAttestation = a => Remove(a["envelope"]!.AsObject(), "signature"),
        },
        new("envelope.statement-removed", Envelope, Corruption.Removed, VerificationStage.Bundle, "statement")
        {
            EditAttestation = a => Remove(a["envelope"]!.AsObject(), "statement"),
        },
        new("envelope.signature-bit-flipped", Envelope, Corruption.Corrupted, VerificationStage.LogBody, "the logged signature differs from the envelope's signature")
        {
            EditAttestation = a => FlipLastByte(a["envelope"]!.AsObject(), "signature"),
        },
        new("envelope.statement-bit-flipped", Envelope, Corruption.Corrupted, VerificationStage.LogBody, "the logged payload hash is not the SHA-256 of the envelope's payload")
        {
            EditAttestation = a => FlipLastByte(a["envelope"]!.AsObject(), "statement"),
        },
        new("envelope.signature-over-another-statement", Envelope, Corruption.Corrupted, VerificationStage.Signature, "the DSSE signature does not verify with the signing certificate's key")
        {
            Mint = o => o with { SignatureOverAnotherStatement = true },
        },
        new("envelope.signature-over-another-statement-rekor-v2", Envelope, Corruption.Corrupted, VerificationStage.Signature, "the DSSE signature does not verify with the signing certificate's key")
        {
            Baseline = RekorV2,
            Mint = o => o with { SignatureOverAnotherStatement = true },
        },
        new("envelope.signature-by-another-key", Envelope, Corruption.Untrusted, VerificationStage.Signature, "the DSSE signature does not verify with the signing certificate's key")
        {
            Mint = o => o with { SignatureByAnotherKey = true },
        },

        // The in-toto statement the envelope carries.
        new("statement.unknown-predicate-type", Statement, Corruption.Corrupted, VerificationStage.Statement, "unknown attestation type")
        {
            Mint = o => o with { PredicateType = "https://example.com/unknown/v1" },
        },
        new("statement.other-type", Statement, Corruption.Corrupted, VerificationStage.Statement, "_type is not")
        {
            Mint = o => o with { StatementType = "https://in-toto.io/Statement/v0.1" },
        },
        new("statement.no-subject", Statement, Corruption.Removed, VerificationStage.Statement, "the statement has no subject")
        {
            Mint = o => o with { WithoutSubject = true },
        },

        // The subject that binds the statement to the distribution.
        new("subject.other-digest", Subject, Corruption.Corrupted, VerificationStage.Subject, "is not the distribution's")
        {
            Mint = o => o with { SubjectSha256 = Flip(o.SubjectSha256) },
        },
        new("subject.other-file", Subject, Corruption.Corrupted, VerificationStage.Subject, "the statement is about")
        {
            Mint = o => o with { SubjectName = o.SubjectName.Replace(".tar.gz", ".zip", StringComparison.Ordinal) },
        },
        new("subject.second-subject", Subject, Corruption.Corrupted, VerificationStage.Subject, "exactly one is required")
        {
            Mint = o => o with { SecondSubject = true },
        },

        // The signing certificate and its path to a trusted Fulcio CA.
        new("chain.certificate-removed", Chain, Corruption.Removed, VerificationStage.Bundle, "certificate is missing")
        {
            EditAttestation = a => Remove(Material(a), "certificate"),
        },
        new("chain.certificate-signature-bit-flipped", Chain, Corruption.Corrupted, VerificationStage.Chain, "no trusted certificate authority valid at")
        {
            EditAttestation = a => FlipLastByte(Material(a), "certificate"),
        },
        new("chain.without-code-signing", Chain, Corruption.Corrupted, VerificationStage.Chain, "codeSigning")
        {
            Mint = o => o with { WithoutCodeSigning = true },
        },
        new("chain.issuer-not-in-root", Chain, Corruption.Untrusted, VerificationStage.Chain, "no trusted certificate authority valid at")
        {
            Mint = o => o with { UntrustedIssuer = true },
        },
        new("chain.ca-removed-from-root", Chain, Corruption.Untrusted, VerificationStage.Chain, "no trusted certificate authority valid at")
        {
            EditTrustedRoot = (root, _) => root["certificateAuthorities"] = new JsonArray(),
        },

        // The certificate must be valid at every verified time (integrated time, timestamps), never the wall clock.
        new("validity.integrated-after-expiry", Validity, Corruption.OutsideWindow, VerificationStage.Chain, "the signing certificate is not valid at")
        {
            Mint = o => o with { IntegratedSecondsAfterNotBefore = 11 * 60 },
        },
        new("validity.integrated-before-issuance", Validity, Corruption.OutsideWindow, VerificationStage.Chain, "the signing certificate is not valid at")
        {
            Mint = o => o with { IntegratedSecondsAfterNotBefore = -60 },
        },
        new("validity.timestamp-after-expiry", Validity, Corruption.OutsideWindow, VerificationStage.Chain, "the signing certificate is not valid at")
        {
            Baseline = RekorV2,
            Mint = o => o with { TimestampSecondsAfterNotBefore = 11 * 60 },
        },
        new("validity.timestamp-after-expiry-beside-promise", Validity, Corruption.OutsideWindow, VerificationStage.Chain, "the signing certificate is not valid at")
        {
            Baseline = WithTimestamp,
            Mint = o => o with { TimestampSecondsAfterNotBefore = 11 * 60 },
        },

        // The embedded SCT from a CT log.
        new("sct.removed", Sct, Corruption.Removed, VerificationStage.Sct, "the signing certificate has no embedded SCT")
        {
            Mint = o => o with { WithoutSct = true },
        },
        new("sct.over-another-certificate", Sct, Corruption.Corrupted, VerificationStage.Sct, "does not verify")
        {
            Mint = o => o with { SctOverAnotherCertificate = true },
        },
        new("sct.unknown-log", Sct, Corruption.Untrusted, VerificationStage.Sct, "no SCT was issued by a CT log the trusted root lists")
        {
            Mint = o => o with { SctFromUnknownLog = true },
        },
        new("sct.ct-log-removed-from-root", Sct, Corruption.Untrusted, VerificationStage.Sct, "no SCT was issued by a CT log the trusted root lists")
        {
            EditTrustedRoot = (root, _) => root["ctlogs"] = new JsonArray(),
        },

        // The certificate's identity against the provenance's Trusted Publisher.
        new("identity.certificate-from-another-repository", Identity, Corruption.Untrusted, VerificationStage.Identity, "the certificate's source repository is")
        {
            Mint = o => o with { Repository = "attacker/" + o.Repository.Split('/')[1] },
        },
        new("identity.certificate-from-another-workflow", Identity, Corruption.Untrusted, VerificationStage.Identity, "workflow")
        {
            Mint = o => o with { Workflow = "other.yml" },
        },
        new("identity.publisher-names-another-workflow", Identity, Corruption.Corrupted, VerificationStage.Identity, "workflow")
        {
            EditProvenance = p => FirstBundle(p)["publisher"]!["workflow"] = "nightly.yml",
        },
        new("identity.publisher-removed", Identity, Corruption.Removed, VerificationStage.Bundle, "publisher")
        {
            EditProvenance = p => Remove(FirstBundle(p), "publisher"),
        },

        // The logged body must describe exactly this envelope, signature and certificate.
        new("log-body.removed", LogBody, Corruption.Removed, VerificationStage.Bundle, "canonicalizedBody")
        {
            EditAttestation = a => Remove(Entry(a), "canonicalizedBody"),
        },
        new("log-body.another-signature", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged signature differs from the envelope's signature")
        {
            Mint = o => o with { LogBodyForAnotherSignature = true },
        },
        new("log-body.another-certificate", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged verifier certificate differs from the bundle's signing certificate")
        {
            Mint = o => o with { LogBodyForAnotherCertificate = true },
        },
        new("log-body.another-payload", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged payload hash is not the SHA-256 of the envelope's payload")
        {
            Mint = o => o with { LogBodyForAnotherPayload = true },
        },
        new("log-body.declared-kind-differs", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "but the entry declares intoto/0.0.2")
        {
            EditAttestation = a => Entry(a)["kindVersion"] = new JsonObject { ["kind"] = "intoto", ["version"] = "0.0.2" },
        },
        new("log-body.another-signature-rekor-v2", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged signature differs from the bundle's signature")
        {
            Baseline = RekorV2,
            Mint = o => o with { LogBodyForAnotherSignature = true },
        },
        new("log-body.another-certificate-rekor-v2", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged verifier certificate differs from the bundle's signing certificate")
        {
            Baseline = RekorV2,
            Mint = o => o with { LogBodyForAnotherCertificate = true },
        },
        new("log-body.another-payload-rekor-v2", LogBody, Corruption.Corrupted, VerificationStage.LogBody, "the logged digest is not the SHA-256 of what the bundle signs")
        {
            Baseline = RekorV2,
            Mint = o => o with { LogBodyForAnotherPayload = true },
        },

        // The Merkle inclusion proof of the body.
        new("inclusion-proof.removed", InclusionProof, Corruption.Removed, VerificationStage.Bundle, "no inclusion proof")
        {
            EditAttestation = a => Remove(Entry(a), "inclusionProof"),
        },
        new("inclusion-proof.removed-with-the-set", InclusionProof, Corruption.Removed, VerificationStage.Bundle, "no inclusion proof")
        {
            EditAttestation = a =>
            {
                Remove(Entry(a), "inclusionProof");
                Remove(Entry(a), "inclusionPromise");
            },
        },
        new("inclusion-proof.hash-bit-flipped", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "differs from the proof's root hash")
        {
            EditAttestation = a => FlipLastByte(Proof(a)["hashes"]!.AsArray(), 0),
        },
        new("inclusion-proof.root-hash-bit-flipped", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "differs from the proof's root hash")
        {
            EditAttestation = a => FlipLastByte(Proof(a), "rootHash"),
        },
        new("inclusion-proof.tree-size-changed", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "the audit path has")
        {
            EditAttestation = a => AddToInt64(Proof(a), "treeSize", 4),
        },
        new("inclusion-proof.for-another-leaf", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "differs from the proof's root hash")
        {
            Mint = o => o with { ProofForAnotherLeaf = true },
        },
        new("inclusion-proof.for-another-leaf-rekor-v2", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "differs from the proof's root hash")
        {
            Baseline = RekorV2,
            Mint = o => o with { ProofForAnotherLeaf = true },
        },
        new("inclusion-proof.entry-index-differs-rekor-v2", InclusionProof, Corruption.Corrupted, VerificationStage.InclusionProof, "is not the inclusion proof's")
        {
            Baseline = RekorV2,
            EditAttestation = a => AddToInt64(Entry(a), "logIndex", 1),
        },

        // The signed checkpoint the proof leads to.
        new("checkpoint.removed", Checkpoint, Corruption.Removed, VerificationStage.Bundle, "no inclusion proof with a checkpoint")
        {
            EditAttestation = a => Remove(Proof(a), "checkpoint"),
        },
        new("checkpoint.signature-bit-flipped", Checkpoint, Corruption.Corrupted, VerificationStage.Checkpoint, "no signature on the checkpoint verifies")
        {
            EditAttestation = a => FlipCheckpointSignature(Proof(a)),
        },
        new("checkpoint.for-another-root", Checkpoint, Corruption.Corrupted, VerificationStage.Checkpoint, "the checkpoint's root hash differs from the inclusion proof's root hash")
        {
            Mint = o => o with { CheckpointForAnotherRoot = true },
        },
        new("checkpoint.unknown-key", Checkpoint, Corruption.Untrusted, VerificationStage.Checkpoint, "no signature on the checkpoint verifies")
        {
            Mint = o => o with { CheckpointFromUnknownKey = true },
        },
        new("checkpoint.signature-bit-flipped-rekor-v2", Checkpoint, Corruption.Corrupted, VerificationStage.Checkpoint, "no signature on the checkpoint verifies")
        {
            Baseline = RekorV2,
            EditAttestation = a => FlipCheckpointSignature(Proof(a)),
        },
        new("checkpoint.for-another-root-rekor-v2", Checkpoint, Corruption.Corrupted, VerificationStage.Checkpoint, "the checkpoint's root hash differs from the inclusion proof's root hash")
        {
            Baseline = RekorV2,
            Mint = o => o with { CheckpointForAnotherRoot = true },
        },
        new("checkpoint.unknown-key-rekor-v2", Checkpoint, Corruption.Untrusted, VerificationStage.Checkpoint, "no signature on the checkpoint verifies")
        {
            Baseline = RekorV2,
            Mint = o => o with { CheckpointFromUnknownKey = true },
        },

        // The signed entry timestamp and the integrated time it signs.
        new("set.removed", Set, Corruption.Removed, VerificationStage.Bundle, "nothing dates the signature")
        {
            EditAttestation = a => Remove(Entry(a), "inclusionPromise"),
        },
        new("set.removed-with-the-integrated-time", Set, Corruption.Removed, VerificationStage.Bundle, "nothing dates the signature")
        {
            EditAttestation = a =>
            {
                Remove(Entry(a), "inclusionPromise");
                Remove(Entry(a), "integratedTime");
            },
        },
        new("set.integrated-time-removed", Set, Corruption.Removed, VerificationStage.InclusionPromise, "no integrated time")
        {
            EditAttestation = a => Remove(Entry(a), "integratedTime"),
        },
        new("set.integrated-time-removed-beside-a-timestamp", Set, Corruption.Removed, VerificationStage.InclusionPromise, "no integrated time")
        {
            Baseline = WithTimestamp,
            EditAttestation = a => Remove(Entry(a), "integratedTime"),
        },
        new("set.signature-bit-flipped", Set, Corruption.Corrupted, VerificationStage.InclusionPromise, "the signed entry timestamp does not verify with the log's key")
        {
            EditAttestation = a => FlipLastByte(Promise(a), "signedEntryTimestamp"),
        },
        new("set.integrated-time-changed", Set, Corruption.Corrupted, VerificationStage.InclusionPromise, "the signed entry timestamp does not verify with the log's key")
        {
            EditAttestation = a => AddToInt64(Entry(a), "integratedTime", 1),
        },
        new("set.log-index-changed", Set, Corruption.Corrupted, VerificationStage.InclusionPromise, "the signed entry timestamp does not verify with the log's key")
        {
            EditAttestation = a => AddToInt64(Entry(a), "logIndex", 1),
        },
        new("set.by-another-key", Set, Corruption.Untrusted, VerificationStage.InclusionPromise, "the signed entry timestamp does not verify with the log's key")
        {
            Mint = o => o with { InclusionPromiseByAnotherKey = true },
        },

        // RFC 3161 timestamps.
        new("timestamp.removed-rekor-v2", Timestamp, Corruption.Removed, VerificationStage.Bundle, "nothing dates the signature")
        {
            Baseline = RekorV2,
            EditAttestation = a => Remove(Material(a), "timestamps"),
        },
        new("timestamp.token-bit-flipped-rekor-v2", Timestamp, Corruption.Corrupted, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            EditAttestation = a => FlipLastByte(Material(a)["timestamps"]!.AsArray(), 0),
        },
        new("timestamp.token-bit-flipped-beside-promise", Timestamp, Corruption.Corrupted, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = WithTimestamp,
            EditAttestation = a => FlipLastByte(Material(a)["timestamps"]!.AsArray(), 0),
        },
        new("timestamp.duplicated", Timestamp, Corruption.Corrupted, VerificationStage.Timestamp, "the same timestamp twice")
        {
            Baseline = RekorV2,
            EditAttestation = a => Material(a)["timestamps"]!.AsArray().Add(Material(a)["timestamps"]![0]!.GetValue<string>()),
        },
        new("timestamp.over-another-signature", Timestamp, Corruption.Corrupted, VerificationStage.Timestamp, "message imprint is not the SHA-256 of the signature")
        {
            Baseline = RekorV2,
            Mint = o => o with { TimestampOverAnotherSignature = true },
        },
        new("timestamp.unknown-authority", Timestamp, Corruption.Untrusted, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            Mint = o => o with { TimestampFromUnknownAuthority = true },
        },
        new("timestamp.authority-removed-from-root", Timestamp, Corruption.Untrusted, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, _) => root["timestampAuthorities"] = new JsonArray(),
        },
        new("timestamp.retired-authority", Timestamp, Corruption.OutsideWindow, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            Mint = o => o with { TimestampFromRetiredAuthority = true },
        },

        // Every key and CA of the trusted root vouches only within its validFor window.
        new("root-window.ca-starts-after-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Chain, "no trusted certificate authority valid at")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "certificateAuthorities"), signedAt.AddDays(1), null),
        },
        new("root-window.ca-ended-before-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Chain, "no trusted certificate authority valid at")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "certificateAuthorities"), signedAt.AddDays(-9), signedAt.AddDays(-1)),
        },
        new("root-window.ct-log-starts-after-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Sct, "outside the log key's validity")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "ctlogs"), signedAt.AddDays(1), null),
        },
        new("root-window.ct-log-ended-before-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Sct, "outside the log key's validity")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "ctlogs"), signedAt.AddDays(-9), signedAt.AddDays(-1)),
        },
        new("root-window.rekor-v1-key-ended-before-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.InclusionPromise, "outside the log key's validity")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "tlogs", 0), signedAt.AddDays(-9), signedAt.AddDays(-1)),
        },
        new("root-window.rekor-v1-key-starts-after-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.InclusionPromise, "outside the log key's validity")
        {
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "tlogs", 0), signedAt.AddDays(1), null),
        },
        new("root-window.rekor-v2-key-ended-before-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Checkpoint, "was not valid at")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "tlogs", 1), signedAt.AddDays(-9), signedAt.AddDays(-1)),
        },
        new("root-window.rekor-v2-key-starts-after-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Checkpoint, "was not valid at")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "tlogs", 1), signedAt.AddDays(1), null),
        },
        new("root-window.tsa-starts-after-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "timestampAuthorities"), signedAt.AddDays(1), null),
        },
        new("root-window.tsa-ended-before-signing", RootWindow, Corruption.OutsideWindow, VerificationStage.Timestamp, "no trusted timestamp authority valid at")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, signedAt) => SetWindow(RootEntry(root, "timestampAuthorities"), signedAt.AddDays(-9), signedAt.AddDays(-1)),
        },

        // The transparency log itself must be one the trusted root lists.
        new("root-membership.rekor-v1-log-removed", RootMembership, Corruption.Untrusted, VerificationStage.TrustRoot, "is not a transparency log of the trusted root")
        {
            EditTrustedRoot = (root, _) => root["tlogs"]!.AsArray().RemoveAt(0),
        },
        new("root-membership.rekor-v2-log-removed", RootMembership, Corruption.Untrusted, VerificationStage.TrustRoot, "is not a transparency log of the trusted root")
        {
            Baseline = RekorV2,
            EditTrustedRoot = (root, _) => root["tlogs"]!.AsArray().RemoveAt(1),
        },

        // Exactly one transparency-log entry.
        new("bundle.no-transparency-entry", BundleShape, Corruption.Removed, VerificationStage.Bundle, "no transparency-log entry")
        {
            EditAttestation = a => Material(a)["transparency_entries"] = new JsonArray(),
        },
        new("bundle.second-transparency-entry", BundleShape, Corruption.Corrupted, VerificationStage.Bundle, "exactly one is required")
        {
            EditAttestation = a => Material(a)["transparency_entries"]!.AsArray().Add(Entry(a).DeepClone()),
        },
    ];

    /// <summary>The row with this ID.</summary>
    /// <param name="id">The row's <see cref="FailClosedRow.Id"/>.</param>
    public static FailClosedRow Find(string id) =>
        Rows.SingleOrDefault(r => r.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "no such fail-closed row");

    private static string Flip(string hex) => (hex[0] == 'b' ? 'c' : 'b') + hex[1..];
}

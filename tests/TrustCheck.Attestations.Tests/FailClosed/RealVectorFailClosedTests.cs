using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;
using static TrustCheck.TestKit.FailClosed.FailClosedEdits;

namespace TrustCheck.Attestations.Tests.FailClosed;

/// <summary>
/// The fail-closed matrix on real vectors, read in place: a genuine PyPI provenance (Rekor v1, SET, no timestamp) and a
/// genuine attestation with an RFC 3161 timestamp, each verified unedited against the production trusted root, then
/// with one input corrupted at test time. Without the signing keys, a corrupted input fails at the first stage that
/// covers it: an edited body breaks the SET before the body check can run.
/// </summary>
public sealed class RealVectorFailClosedTests
{
    private const string Provenance = "vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json";
    private const string WithTimestamp = "vectors/pep740/prod-tsa-timestamps-field-pypi-attestations-0.0.19/attestation.json";
    private const string ProductionRoot = "vectors/trusted_root/production.trusted_root.json";
    private static readonly DistributionIdentity Sdist = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");

    private static readonly Dictionary<string, Row> Rows = new(StringComparer.Ordinal)
    {
        ["envelope-signature-bit-flipped"] = new(Provenance, VerificationStage.LogBody, "the logged signature differs", Attestation: a => FlipLastByte(a["envelope"]!.AsObject(), "signature")),
        ["envelope-statement-bit-flipped"] = new(Provenance, VerificationStage.LogBody, "the logged payload hash", Attestation: a => FlipLastByte(a["envelope"]!.AsObject(), "statement")),
        ["certificate-signature-bit-flipped"] = new(Provenance, VerificationStage.Chain, "no trusted certificate authority valid at", Attestation: a => FlipLastByte(Material(a), "certificate")),
        ["certificate-removed"] = new(Provenance, VerificationStage.Bundle, "certificate is missing", Attestation: a => Remove(Material(a), "certificate")),
        ["proof-hash-bit-flipped"] = new(Provenance, VerificationStage.InclusionProof, "differs from the proof's root hash", Attestation: a => FlipLastByte(Proof(a)["hashes"]!.AsArray(), 0)),
        ["proof-removed"] = new(Provenance, VerificationStage.Bundle, "no inclusion proof", Attestation: a => Remove(Entry(a), "inclusionProof")),
        ["checkpoint-signature-bit-flipped"] = new(Provenance, VerificationStage.Checkpoint, "no signature on the checkpoint verifies", Attestation: a => FlipCheckpointSignature(Proof(a))),
        ["checkpoint-removed"] = new(Provenance, VerificationStage.Bundle, "checkpoint", Attestation: a => Remove(Proof(a), "checkpoint")),
        ["set-bit-flipped"] = new(Provenance, VerificationStage.InclusionPromise, "does not verify with the log's key", Attestation: a => FlipLastByte(Promise(a), "signedEntryTimestamp")),
        ["set-removed"] = new(Provenance, VerificationStage.Bundle, "nothing dates the signature", Attestation: a => Remove(Entry(a), "inclusionPromise")),
        ["integrated-time-changed"] = new(Provenance, VerificationStage.InclusionPromise, "does not verify with the log's key", Attestation: a => AddToInt64(Entry(a), "integratedTime", 1)),
        ["log-body-bit-flipped"] = new(Provenance, VerificationStage.InclusionPromise, "does not verify with the log's key", Attestation: a => FlipLastByte(Entry(a), "canonicalizedBody")),
        ["log-body-declared-kind-differs"] = new(Provenance, VerificationStage.LogBody, "but the entry declares intoto/0.0.2", Attestation: a => Entry(a)["kindVersion"] = new JsonObject { ["kind"] = "intoto", ["version"] = "0.0.2" }),
        ["publisher-names-another-workflow"] = new(Provenance, VerificationStage.Identity, "workflow", Provenance: p => FirstBundle(p)["publisher"]!["workflow"] = "nightly.yml"),
        ["fulcio-windows-start-after-signing"] = new(Provenance, VerificationStage.Chain, "no trusted certificate authority valid at", Root: r => Every(r, "certificateAuthorities", "2099-01-01T00:00:00Z", null)),
        ["ct-log-windows-ended-before-signing"] = new(Provenance, VerificationStage.Sct, "outside the log key's validity", Root: r => Every(r, "ctlogs", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z")),
        ["rekor-windows-ended-before-signing"] = new(Provenance, VerificationStage.InclusionPromise, "outside the log key's validity", Root: r => Every(r, "tlogs", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z")),
        ["timestamp-bit-flipped"] = new(WithTimestamp, VerificationStage.Timestamp, "no trusted timestamp authority valid at", Attestation: a => FlipLastByte(Material(a)["timestamps"]!.AsArray(), 0)),
        ["timestamp-authority-window-starts-after-signing"] = new(WithTimestamp, VerificationStage.Timestamp, "no trusted timestamp authority valid at", Root: r => Every(r, "timestampAuthorities", "2099-01-01T00:00:00Z", null)),
    };

    public static TheoryData<string> RowIds => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(RowIds))]
    public void Verify_RealVectorWithOneInputCorrupted_FailsAtItsStage(string id)
    {
        var row = Rows[id];
        Assert.True(Verify(row, spoiled: false) is null, $"the unedited vector of {id} does not verify");

        var failure = Verify(row, spoiled: true);

        Assert.True(failure is not null, $"{id} verified");
        Assert.True(row.Stage == failure.Stage, $"{id} failed at {failure.Stage.ToName()}, not {row.Stage.ToName()}: {failure.Reason}");
        Assert.Contains(row.Reason, failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>Null when verified, otherwise the failure.</summary>
    private static VerificationFailure? Verify(Row row, bool spoiled)
    {
        var rootJson = JsonNode.Parse(File.ReadAllText(SharedData.PathOf(ProductionRoot)))!.AsObject();
        var document = JsonNode.Parse(File.ReadAllText(SharedData.PathOf(row.Vector)))!.AsObject();
        var isProvenance = row.Vector == Provenance;
        var attestation = isProvenance ? FirstBundle(document)["attestations"]![0]!.AsObject() : document;
        if (spoiled)
        {
            row.Attestation?.Invoke(attestation);
            row.Provenance?.Invoke(document);
            row.Root?.Invoke(rootJson);
        }

        Assert.Null(TrustedRoot.TryParse(Encoding.UTF8.GetBytes(rootJson.ToJsonString()), out var root));
        using (root)
        {
            var verifier = new Pep740Verifier(root!);
            if (isProvenance)
            {
                var result = verifier.VerifyProvenance(Encoding.UTF8.GetBytes(document.ToJsonString()), Sdist);
                return result.Status == AttestationStatus.Verified ? null : result.Failure ?? new VerificationFailure(VerificationStage.Bundle, "no failure given");
            }

            using var parsed = JsonDocument.Parse(document.ToJsonString());
            var single = verifier.VerifyAttestation(parsed.RootElement, Sdist, new IdentityPolicy("jku@goto.fi", "https://github.com/login/oauth"));
            return single.Status == AttestationStatus.Verified ? null : single.Failure ?? new VerificationFailure(VerificationStage.Bundle, "no failure given");
        }
    }

    private static void Every(JsonObject root, string list, string start, string? end)
    {
        var entries = root[list]!.AsArray();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            SetWindow(entry!.AsObject(), DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), end is null ? null : DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private sealed record Row(string Vector, VerificationStage Stage, string Reason, Action<JsonObject>? Attestation = null, Action<JsonObject>? Provenance = null, Action<JsonObject>? Root = null);
}

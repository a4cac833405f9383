using System.Text;
using System.Text.Json.Nodes;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.TestKit.FailClosed;

/// <summary>Mints the baseline and the spoiled provenance of a fail-closed row with a test Sigstore.</summary>
public static class FailClosedMint
{
    /// <summary>Mints a row's pair.</summary>
    /// <param name="sigstore">The test Sigstore that signs and logs.</param>
    /// <param name="row">The row.</param>
    /// <param name="signedAt">The signing certificate's notBefore.</param>
    /// <param name="claims">Subject, repository and workflow; the provenance's publisher is its repository and workflow.</param>
    public static FailClosedPair Mint(TestSigstore sigstore, FailClosedRow row, DateTimeOffset signedAt, TestAttestationOptions claims)
    {
        ArgumentNullException.ThrowIfNull(sigstore);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(claims);
        var baselineOptions = row.Baseline(claims);
        var baseline = sigstore.MintAttestation(signedAt, baselineOptions);
        var spoiled = row.Mint is { } mint ? sigstore.MintAttestation(signedAt, mint(baselineOptions)) : baseline;
        if (row.EditAttestation is { } editAttestation)
        {
            var attestation = JsonNode.Parse(spoiled)!.AsObject();
            editAttestation(attestation);
            spoiled = attestation.ToJsonString();
        }

        var spoiledProvenance = TestSigstore.Provenance(claims.Repository, claims.Workflow, spoiled);
        if (row.EditProvenance is { } editProvenance)
        {
            var provenance = JsonNode.Parse(spoiledProvenance)!.AsObject();
            editProvenance(provenance);
            spoiledProvenance = provenance.ToJsonString();
        }

        var root = sigstore.TrustedRootJson();
        var spoiledRoot = root;
        if (row.EditTrustedRoot is { } editRoot)
        {
            var rootJson = JsonNode.Parse(root)!.AsObject();
            editRoot(rootJson, signedAt);
            spoiledRoot = Encoding.UTF8.GetBytes(rootJson.ToJsonString());
        }

        return new FailClosedPair(TestSigstore.Provenance(claims.Repository, claims.Workflow, baseline), root, spoiledProvenance, spoiledRoot);
    }
}

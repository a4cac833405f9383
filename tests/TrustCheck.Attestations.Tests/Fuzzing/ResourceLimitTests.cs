using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Timestamps;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Each bound of <see cref="InputLimits"/>: one past it is refused with a failure of the right stage naming the count
/// and the limit; at the limit the parser goes on (and fails later only for reasons of its own).
/// </summary>
public sealed class ResourceLimitTests
{
    private const string ProvenancePath = "vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json";
    private const string Attestation = "vectors/pep740/prod-tsa-timestamps-field-pypi-attestations-0.0.19/attestation.json";
    private const string DsseBundle = "vectors/conformance/bundle-verify/intoto-with-custom-trust-root/bundle.sigstore.json";
    private const string ProductionRoot = "vectors/trusted_root/production.trusted_root.json";

    [Fact]
    public void Provenance_MoreAttestationsThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(ProvenancePath, p => VectorEdits.Repeat(p["attestation_bundles"]![0]!["attestations"], InputLimits.MaxAttestations + 1));

        var failure = Provenance.TryParse(json, out _);

        AssertLimit(failure, VerificationStage.Bundle, $"{InputLimits.MaxAttestations + 1} attestations, more than the {InputLimits.MaxAttestations}");
    }

    [Fact]
    public void Provenance_AttestationsAtTheLimit_Parse()
    {
        var json = VectorEdits.Edit(ProvenancePath, p => VectorEdits.Repeat(p["attestation_bundles"]![0]!["attestations"], InputLimits.MaxAttestations));

        Assert.Null(Provenance.TryParse(json, out var provenance));
        Assert.Equal(InputLimits.MaxAttestations, provenance!.Bundles[0].Attestations.Count);
    }

    [Fact]
    public void Attestation_MoreTransparencyEntriesThanTheLimit_FailsNamingIt()
    {
        var failure = ToBundle(VectorEdits.Edit(Attestation, a => VectorEdits.Repeat(a["verification_material"]!["transparency_entries"], InputLimits.MaxTransparencyEntries + 1)));

        AssertLimit(failure, VerificationStage.Bundle, $"{InputLimits.MaxTransparencyEntries + 1} transparency-log entries, more than the {InputLimits.MaxTransparencyEntries}");
    }

    [Fact]
    public void Attestation_MoreTimestampsThanTheLimit_FailsNamingIt()
    {
        var failure = ToBundle(VectorEdits.Edit(Attestation, a => VectorEdits.Repeat(a["verification_material"]!["timestamps"], InputLimits.MaxTimestamps + 1)));

        AssertLimit(failure, VerificationStage.Bundle, $"{InputLimits.MaxTimestamps + 1} timestamps, more than the {InputLimits.MaxTimestamps}");
    }

    [Fact]
    public void Attestation_CertificateLargerThanTheLimit_FailsNamingIt()
    {
        var failure = ToBundle(VectorEdits.Edit(Attestation, a => a["verification_material"]!["certificate"] = Convert.ToBase64String(new byte[InputLimits.MaxCertificateBytes + 1])));

        AssertLimit(failure, VerificationStage.Bundle, $"{InputLimits.MaxCertificateBytes + 1} bytes, more than the {InputLimits.MaxCertificateBytes}");
    }

    [Fact]
    public void Attestation_TimestampLargerThanTheLimit_FailsNamingIt()
    {
        var failure = ToBundle(VectorEdits.Edit(Attestation, a => a["verification_material"]!["timestamps"]![0] = Convert.ToBase64String(new byte[InputLimits.MaxTimestampBytes + 1])));

        AssertLimit(failure, VerificationStage.Bundle, $"{InputLimits.MaxTimestampBytes + 1} bytes, more than the {InputLimits.MaxTimestampBytes}");
    }

    [Fact]
    public void Bundle_MoreTransparencyEntriesThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(DsseBundle, b => VectorEdits.Repeat(b["verificationMaterial"]!["tlogEntries"], InputLimits.MaxTransparencyEntries + 1));

        AssertLimit(BundleReader.TryRead(json, out _), VerificationStage.Bundle, $"{InputLimits.MaxTransparencyEntries + 1} transparency-log entries, more than the {InputLimits.MaxTransparencyEntries}");
    }

    [Fact]
    public void Bundle_LongerCertificateChainThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(DsseBundle, b => VectorEdits.Repeat(b["verificationMaterial"]!["x509CertificateChain"]!["certificates"], InputLimits.MaxChainCertificates + 1));

        AssertLimit(BundleReader.TryRead(json, out _), VerificationStage.Bundle, $"{InputLimits.MaxChainCertificates + 1} certificates, more than the {InputLimits.MaxChainCertificates}");
    }

    [Fact]
    public void Bundle_MoreTimestampsThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(DsseBundle, b => VectorEdits.Repeat(b["verificationMaterial"]!["timestampVerificationData"]!["rfc3161Timestamps"], InputLimits.MaxTimestamps + 1));

        AssertLimit(BundleReader.TryRead(json, out _), VerificationStage.Bundle, $"{InputLimits.MaxTimestamps + 1} RFC 3161 timestamps, more than the {InputLimits.MaxTimestamps}");
    }

    [Fact]
    public void Bundle_MoreDsseSignaturesThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(DsseBundle, b => VectorEdits.Repeat(b["dsseEnvelope"]!["signatures"], InputLimits.MaxDsseSignatures + 1));

        AssertLimit(BundleReader.TryRead(json, out _), VerificationStage.Bundle, $"{InputLimits.MaxDsseSignatures + 1} signatures, more than the {InputLimits.MaxDsseSignatures}");
    }

    [Fact]
    public void Bundle_ChainCertificateLargerThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(DsseBundle, b => b["verificationMaterial"]!["x509CertificateChain"]!["certificates"]![0]!["rawBytes"] = Convert.ToBase64String(new byte[InputLimits.MaxCertificateBytes + 1]));

        AssertLimit(BundleReader.TryRead(json, out _), VerificationStage.Bundle, $"{InputLimits.MaxCertificateBytes + 1} bytes, more than the {InputLimits.MaxCertificateBytes}");
    }

    [Fact]
    public void Attestation_InclusionProofWithMoreHashesThanTheLimit_FailsAtTheProofNamingIt()
    {
        var json = VectorEdits.Edit(Attestation, a => VectorEdits.Repeat(a["verification_material"]!["transparency_entries"]![0]!["inclusionProof"]!["hashes"], InputLimits.MaxProofHashes + 1));

        AssertLimit(ToBundle(json), VerificationStage.InclusionProof, $"{InputLimits.MaxProofHashes + 1} hashes, more than the {InputLimits.MaxProofHashes} a log of 2^64 entries can need");
    }

    [Fact]
    public void Attestation_InclusionProofWithHashesAtTheLimit_ParsesAndFailsOnlyAtTheProof()
    {
        var json = VectorEdits.Edit(Attestation, a => VectorEdits.Repeat(a["verification_material"]!["transparency_entries"]![0]!["inclusionProof"]!["hashes"], InputLimits.MaxProofHashes));

        using var document = JsonDocument.Parse(json);
        Assert.Null(Pep740Attestation.TryToBundle(document.RootElement, out var bundle));
        var proof = bundle!.TransparencyLogEntries[0].InclusionProof!;
        Assert.Equal(InputLimits.MaxProofHashes, proof.Hashes.Count);
        Assert.Equal(VerificationStage.InclusionProof, proof.Verify(bundle.TransparencyLogEntries[0].CanonicalizedBody.Span)!.Stage);
    }

    [Fact]
    public void Checkpoint_LongerThanTheLimit_FailsNamingIt()
    {
        var real = Encoding.UTF8.GetString(DerivedSeeds.Checkpoints[0]);
        var split = real.IndexOf("\n\n", StringComparison.Ordinal);
        var padded = real[..split] + "\n" + new string('x', InputLimits.MaxCheckpointLength) + real[split..];

        AssertLimit(Checkpoint.TryParse(padded, out _), VerificationStage.Checkpoint, $"{padded.Length} characters, more than the {InputLimits.MaxCheckpointLength}");
    }

    [Fact]
    public void Checkpoint_MoreSignatureLinesThanTheLimit_FailsNamingIt()
    {
        var real = Encoding.UTF8.GetString(DerivedSeeds.Checkpoints[0]);
        var split = real.IndexOf("\n\n", StringComparison.Ordinal);
        var firstSignature = real[(split + 2)..].Split('\n')[0];
        var many = real[..(split + 2)] + string.Concat(Enumerable.Repeat(firstSignature + "\n", InputLimits.MaxCheckpointSignatures + 1));

        AssertLimit(Checkpoint.TryParse(many, out _), VerificationStage.Checkpoint, $"{InputLimits.MaxCheckpointSignatures + 1} signature lines, more than the {InputLimits.MaxCheckpointSignatures}");
        var atLimit = real[..(split + 2)] + string.Concat(Enumerable.Repeat(firstSignature + "\n", InputLimits.MaxCheckpointSignatures));
        Assert.Null(Checkpoint.TryParse(atLimit, out var parsed));
        Assert.Equal(InputLimits.MaxCheckpointSignatures, parsed!.Signatures.Count);
    }

    [Theory]
    [InlineData("tlogs")]
    [InlineData("ctlogs")]
    [InlineData("certificateAuthorities")]
    [InlineData("timestampAuthorities")]
    public void TrustedRoot_MoreEntriesThanTheLimit_FailsNamingIt(string list)
    {
        var json = VectorEdits.Edit(ProductionRoot, r => VectorEdits.Repeat(r[list], InputLimits.MaxTrustedRootEntries + 1));

        AssertLimit(TrustedRoot.TryParse(json, out _), VerificationStage.TrustRoot, $"{list} has {InputLimits.MaxTrustedRootEntries + 1} entries, more than the {InputLimits.MaxTrustedRootEntries}");
    }

    [Fact]
    public void TrustedRoot_LongerCertificateChainThanTheLimit_FailsNamingIt()
    {
        var json = VectorEdits.Edit(ProductionRoot, r => VectorEdits.Repeat(r["certificateAuthorities"]![0]!["certChain"]!["certificates"], InputLimits.MaxChainCertificates + 1));

        AssertLimit(TrustedRoot.TryParse(json, out _), VerificationStage.TrustRoot, $"{InputLimits.MaxChainCertificates + 1} certificates, more than the {InputLimits.MaxChainCertificates}");
    }

    [Fact]
    public void Timestamp_NestedDeeperThanBouncyCastleAllows_IsRefusedNotACrash()
    {
        // 30,000 nested indefinite-length SEQUENCEs in 120 KB: the ASN.1 reader's nesting bound refuses it (no stack overflow).
        var deep = new List<byte> { 0x30, 0x80, 0x30, 0x03, 0x02, 0x01, 0x00 };
        deep.AddRange(Enumerable.Repeat<byte[]>([0x30, 0x80], 30_000).SelectMany(b => b));
        deep.AddRange(new byte[2 * 30_001]);

        var time = new Rfc3161TimestampVerifier(new CertificateChainValidator()).Verify(deep.ToArray(), [1], [], out var error);

        Assert.Null(time);
        Assert.Contains("neither an RFC 3161 response nor a token", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_NestedDeeply_IsRefusedByEveryReader()
    {
        var deep = new List<byte>();
        for (var i = 0; i < 10_000; i++)
        {
            deep.AddRange([0x30, 0x80]);
        }

        deep.AddRange(new byte[2 * 10_000]);
        var der = deep.ToArray();

        Assert.False(CertificateStructure.TryRead(der, out _));
        Assert.False(CertificateFacts.IsSelfSigned(der));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => X509CertificateLoader.LoadCertificate(der));
    }

    private static VerificationFailure? ToBundle(byte[] attestation)
    {
        using var document = JsonDocument.Parse(attestation);
        return Pep740Attestation.TryToBundle(document.RootElement, out _);
    }

    private static void AssertLimit(VerificationFailure? failure, VerificationStage stage, string naming)
    {
        Assert.NotNull(failure);
        Assert.Equal(stage, failure.Stage);
        Assert.Contains(naming, failure.Reason, StringComparison.Ordinal);
    }
}

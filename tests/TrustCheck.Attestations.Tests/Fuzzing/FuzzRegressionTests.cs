using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>One test per defect the fuzz campaigns found, each built from the real vector it was found on.</summary>
public sealed class FuzzRegressionTests
{
    private const string Attestation = "vectors/pep740/gh-attestation-slsa-provenance-pypi-attestations-0.0.19/attestation.json";
    private const string MessageBundle = "vectors/conformance/bundle-verify/happy-path-v0.3";

    [Fact]
    public void Verify_AttestationFollowedByMoreData_FailsInsteadOfThrowing()
    {
        // Found by pep740-verify-raw: detection read only the first JSON value, the verifier's full parse then threw.
        var json = File.ReadAllBytes(SharedData.PathOf(Attestation)).Concat("\nin"u8.ToArray()).ToArray();
        using var root = LoadRoot("vectors/trusted_root/production.trusted_root.json");
        var distribution = new DistributionIdentity("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");

        var result = new Pep740Verifier(root).Verify(json, distribution, new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml"));

        Assert.Null(result.Kind);
        Assert.Equal(AttestationStatus.Failed, result.Result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Result.Failure!.Stage);
        Assert.StartsWith("the document ", result.Result.Failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHA2_512")]
    [InlineData("S\u001fA2H}256")]
    [InlineData(null)]
    public void Verify_MessageDigestLabelledWithAnotherAlgorithm_FailsAtTheSignature(string? algorithm)
    {
        // Found by bundle-verify-fields: the label was never read, so a bundle claiming SHA-512 (or nothing) verified.
        var json = VectorEdits.Edit(MessageBundle + "/bundle.sigstore.json", b =>
        {
            var digest = b["messageSignature"]!["messageDigest"]!.AsObject();
            digest.Remove("algorithm");
            if (algorithm is not null)
            {
                digest["algorithm"] = algorithm;
            }
        });

        var failure = VerifyMessageBundle(json);

        Assert.Equal(VerificationStage.Signature, failure!.Stage);
        Assert.Contains("not SHA2_256", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MessageDigestLabelledSha256_StillVerifies() =>
        Assert.Null(VerifyMessageBundle(File.ReadAllBytes(SharedData.PathOf(MessageBundle + "/bundle.sigstore.json"))));

    [Fact]
    public void TrustedRoot_LogKeyOnAnUnknownCurve_FailsInsteadOfThrowing()
    {
        // Found by trusted-root: the platform throws PlatformNotSupportedException for a curve OID it does not know.
        var json = VectorEdits.Edit("vectors/trusted_root/production.trusted_root.json", r =>
        {
            var key = r["tlogs"]![0]!["publicKey"]!;
            key["rawBytes"] = VectorEdits.WithUnknownCurve(key["rawBytes"]!.GetValue<string>());
        });

        var failure = TrustedRoot.TryParse(json, out _);

        Assert.Equal(VerificationStage.TrustRoot, failure!.Stage);
        Assert.Contains("tlogs[0].publicKey", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TufRoot_KeyOnAnUnknownCurve_IsSkippedInsteadOfThrowing()
    {
        // Found by tuf-root: the same exception out of a TUF key's PEM.
        var json = VectorEdits.Edit("vectors/tuf/sigstore-production/15.root.json", r =>
        {
            foreach (var (_, key) in r["signed"]!["keys"]!.AsObject())
            {
                var pem = key!["keyval"]!["public"]!.GetValue<string>();
                var body = string.Concat(pem.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("-----", StringComparison.Ordinal)));
                key["keyval"]!["public"] = $"-----BEGIN PUBLIC KEY-----\n{VectorEdits.WithUnknownCurve(body)}\n-----END PUBLIC KEY-----\n";
            }
        });

        Assert.Null(RootMetadata.TryParse(json, out var root));
        using (root)
        {
            Assert.Empty(root!.Keys);
            Assert.NotNull(root.Metadata.VerifyThreshold(root.Roles["root"], root.Keys));
        }
    }

    [Fact]
    public void Verify_SigningCertificateOnAnUnknownCurve_FailsInsteadOfThrowing()
    {
        // The same exception out of the leaf's key, which the bundle verifier did not turn into a failure.
        var json = VectorEdits.Edit(MessageBundle + "/bundle.sigstore.json", b =>
        {
            var certificate = b["verificationMaterial"]!["certificate"]!;
            certificate["rawBytes"] = VectorEdits.WithUnknownCurve(certificate["rawBytes"]!.GetValue<string>());
        });

        var failure = VerifyMessageBundle(json);

        Assert.NotNull(failure);
        Assert.Equal(VerificationStage.Bundle, failure.Stage);
    }

    [Theory]
    [InlineData("meta-entry")]
    [InlineData("meta-version")]
    [InlineData("meta-length")]
    public void TufMeta_ValueOfTheWrongJsonType_FailsInsteadOfThrowing(string where)
    {
        // Found by tuf-metadata: TryGetProperty and TryGetInt64 throw InvalidOperationException on the wrong kind.
        var json = VectorEdits.Edit("vectors/tuf/sigstore-production/timestamp.json", t =>
        {
            var meta = t["signed"]!["meta"]!.AsObject();
            switch (where)
            {
                case "meta-entry":
                    meta["snapshot.json"] = 5;
                    break;
                case "meta-version":
                    meta["snapshot.json"]!["version"] = "165";
                    break;
                default:
                    meta["snapshot.json"]!["length"] = "2000";
                    break;
            }
        });
        Assert.Null(SignedMetadata.TryParse(json, "timestamp", out var timestamp));

        var failure = TufMetaReader.TryReadEntries(timestamp!.Signed, "meta", versionRequired: true, out var entries);

        if (where == "meta-length")
        {
            Assert.Null(failure);
            Assert.Null(entries["snapshot.json"].Length);
        }
        else
        {
            Assert.Equal(VerificationStage.TrustRoot, failure!.Stage);
        }
    }

    [Theory]
    [InlineData("threshold")]
    [InlineData("key")]
    public void TufRoot_ValueOfTheWrongJsonType_FailsOrIsSkippedInsteadOfThrowing(string where)
    {
        // Found by tuf-root: a threshold that is a string, a key that is a number.
        var json = VectorEdits.Edit("vectors/tuf/sigstore-production/15.root.json", r =>
        {
            var signed = r["signed"]!;
            if (where == "threshold")
            {
                signed["roles"]!["root"]!["threshold"] = "3";
            }
            else
            {
                var keys = signed["keys"]!.AsObject();
                keys[keys.First().Key] = 7;
            }
        });

        var failure = RootMetadata.TryParse(json, out var root);

        using (root)
        {
            if (where == "threshold")
            {
                Assert.Contains("no positive threshold", failure!.Reason, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(failure);
            }
        }
    }

    [Fact]
    public void Timestamp_SignerDigestAlgorithmRelabelled_IsRefused()
    {
        // Found by rfc3161-timestamp: the SignerInfo's digestAlgorithm is unsigned and BouncyCastle verified a token
        // whose label named no digest at all.
        const string Case = "vectors/conformance/bundle-verify/intoto-with-custom-trust-root";
        Assert.Null(BundleReader.TryRead(File.ReadAllBytes(SharedData.PathOf(Case + "/bundle.sigstore.json")), out var bundle));
        using var root = LoadRoot(Case + "/trusted_root.json");
        var verifier = new TrustCheck.Attestations.Timestamps.Rfc3161TimestampVerifier(new TrustCheck.Attestations.Certificates.CertificateChainValidator());
        var token = bundle!.Rfc3161Timestamps[0].ToArray();
        var signature = bundle.DsseEnvelope!.Signatures[0].ToArray();
        Assert.NotNull(verifier.Verify(token, signature, root.TimestampAuthorities, out _));

        // SignerInfo: digestAlgorithm SEQUENCE { sha256, NULL } directly followed by the signed attributes [0].
        byte[] signerDigest = [0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0xA0];
        var at = token.AsSpan().IndexOf(signerDigest);
        Assert.True(at > 0);
        token[at + 5] ^= 0x01;

        Assert.Null(verifier.Verify(token, signature, root.TimestampAuthorities, out var error));
        Assert.Contains("exactly one signer using SHA-256", error, StringComparison.Ordinal);
    }

    private static VerificationFailure? VerifyMessageBundle(byte[] json)
    {
        Assert.Null(BundleReader.TryRead(json, out var bundle));
        using var root = LoadRoot("vectors/trusted_root/production.trusted_root.json");
        var artifact = System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt")));
        var policy = new IdentityPolicy(
            "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main",
            "https://token.actions.githubusercontent.com");
        return new BundleVerifier(root).Verify(bundle!, policy, new ArtifactExpectation(artifact)).Failure;
    }

    private static TrustedRoot LoadRoot(string path)
    {
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(SharedData.PathOf(path)), out var root));
        return root!;
    }
}

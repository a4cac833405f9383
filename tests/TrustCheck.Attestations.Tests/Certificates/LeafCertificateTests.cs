using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Tests.Fuzzing;
using TrustCheck.Attestations.Tests.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Certificates;

/// <summary>
/// The managed signing-certificate reader against <see cref="X509Certificate2"/>: on the real leaf certificates it reads
/// the same facts, and it refuses what the loader refused (at the same stage, Bundle) as well as non-DER inside the
/// TBS, which OpenSSL's decoder tolerated.
/// </summary>
public sealed class LeafCertificateTests
{
    private static readonly DistributionIdentity Sdist = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");
    private static readonly GitHubPublisherPolicy Publisher = new("trailofbits/pypi-attestations", "release.yml");

    private static byte[] LeafDer => Convert.FromBase64String(
        WorkedExample.Attestation.GetProperty("verification_material").GetProperty("certificate").GetString()!);

    public static TheoryData<string> OuterCorruptions => ["truncated", "trailing-byte", "long-form-length", "set-instead-of-sequence", "signature-removed"];

    public static TheoryData<string, string> InnerCorruptions => new()
    {
        { "duplicate-extension", "extension 2.5.29.15 appears more than once" },
        { "inner-signature-algorithm-differs", "the signature algorithm inside the TBS differs from the certificate's" },
        { "version-4", "the version is not v1, v2 or v3" },
        { "trailing-element-in-tbs", "pending data" },
        { "validity-long-form-length", "encoded length is not valid" },
        { "critical-flag-not-der", "not valid under the selected encoding" },
        { "key-usage-not-der", "not valid under the selected encoding" },
        { "empty-relative-name", "a relative distinguished name is empty" },
        { "issuer-value-not-a-string", "a name attribute's value is not a string" },
        { "issuer-invalid-utf8", "a name attribute's string is not well-formed in its character set" },
        { "utc-time-without-seconds", "not valid under the selected encoding" },
        { "extensions-empty", "the extensions are present but empty" },
    };

    public static TheoryData<string> UnsupportedKeys => ["rsa-2048", "ecdsa-p521", "point-not-on-curve"];

    [Fact]
    public void TryRead_RealLeafCertificates_ReadsWhatX509Certificate2Reads()
    {
        var leaves = RealLeaves();
        Assert.True(leaves.Count >= 5, $"only {leaves.Count} real leaf certificates");

        foreach (var der in leaves)
        {
            using var expected = X509CertificateLoader.LoadCertificate(der);
            Assert.Null(LeafCertificate.TryRead(der.ToArray(), out var leaf));

            Assert.Equal(expected.Version, leaf!.Version);
            Assert.Equal(new DateTimeOffset(expected.NotBefore.ToUniversalTime()), leaf.NotBefore);
            Assert.Equal(new DateTimeOffset(expected.NotAfter.ToUniversalTime()), leaf.NotAfter);
            Assert.Equal(expected.IssuerName.RawData, leaf.IssuerName.ToArray());
            Assert.Equal(expected.SubjectName.RawData, leaf.SubjectName.ToArray());
            Assert.Equal(expected.Issuer, leaf.IssuerDisplayName);
            Assert.Equal(expected.PublicKey.Oid.Value, leaf.KeyAlgorithm);
            Assert.Equal(expected.PublicKey.ExportSubjectPublicKeyInfo(), leaf.SubjectPublicKeyInfo.ToArray());
            Assert.Equal(
                expected.Extensions.Select(e => (e.Oid!.Value!, e.Critical, Convert.ToHexString(e.RawData))),
                leaf.Extensions.Select(e => (e.Oid, e.Critical, Convert.ToHexString(e.Value.Span))));
            Assert.Equal(expected.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority), leaf.IsCertificateAuthority);
            Assert.Equal(
                expected.Extensions.OfType<X509KeyUsageExtension>().Select(u => (bool?)u.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature)).FirstOrDefault(),
                leaf.HasDigitalSignatureUsage);
            Assert.Equal(
                expected.Extensions.OfType<X509EnhancedKeyUsageExtension>().Select(e => e.EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value!).ToList()).FirstOrDefault(),
                leaf.ExtendedKeyUsages);
            Assert.NotNull(FulcioIdentityReader.TryRead(leaf, out var identityError));
            Assert.Null(identityError);

            Assert.Null(SigningCertificate.TryLoad(der, out var signing));
            using (signing)
            {
                using var expectedKey = expected.GetECDsaPublicKey()!;
                Assert.Equal(expectedKey.ExportSubjectPublicKeyInfo(), signing!.Key.SubjectPublicKeyInfo.ToArray());
                Assert.Equal(expectedKey.KeySize == 256 ? KeyAlgorithm.EcdsaP256Sha256 : KeyAlgorithm.EcdsaP384Sha384, signing.Key.Algorithm);
            }
        }
    }

    [Fact]
    public void TryRead_RealGitHubLeaf_HasTheFulcioProfile()
    {
        Assert.Null(LeafCertificate.TryRead(LeafDer, out var leaf));

        Assert.Null(LeafProfile.Check(leaf!));
        Assert.NotNull(leaf!.FindExtension(FulcioOids.SignedCertificateTimestampList));
        Assert.Null(leaf.FindExtension("1.2.3.4"));
    }

    [Theory]
    [MemberData(nameof(OuterCorruptions))]
    public void VerifyAttestation_CertificateMalformedOutsideTheTbs_FailsAtBundleAsTheLoaderDid(string corruption)
    {
        var der = CorruptOuter(corruption, LeafDer);
        Assert.True(LoaderRefuses(der), "the old decoder accepted this, so it is not a like-for-like case");

        Assert.Equal(
            "the signing certificate is not DER X.509: the certificate, signature algorithm and signature are not one well-formed DER SEQUENCE",
            LeafCertificate.TryRead(der, out _));
        var result = VerifyWithCertificate(der);

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
        Assert.Contains("not DER X.509", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InnerCorruptions))]
    public void VerifyAttestation_CertificateTbsNotStrictDer_FailsAtBundle(string corruption, string reason)
    {
        var der = CorruptTbs(corruption, LeafDer);

        Assert.Contains(reason, LeafCertificate.TryRead(der, out _), StringComparison.Ordinal);
        var result = VerifyWithCertificate(der);

        // Whatever OpenSSL tolerated here failed later at Chain (the TBS no longer matches its signature); now the
        // certificate is refused before any of it is used.
        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
        Assert.Contains(reason, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnsupportedKeys))]
    public void TryLoad_KeyNotEcdsaP256OrP384_IsRefusedAsTheLoaderRefusedIt(string key)
    {
        var der = WithSubjectPublicKeyInfo(LeafDer, SubjectPublicKeyInfo(key));
        Assert.True(OldKeyCheckRefuses(der));

        Assert.Null(LeafCertificate.TryRead(der, out _));
        var failure = SigningCertificate.TryLoad(der, out var signing);

        Assert.Null(signing);
        Assert.StartsWith("the signing certificate's key is not ECDSA P-256 or P-384", failure, StringComparison.Ordinal);
        var result = VerifyWithCertificate(der);
        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
    }

    [Fact]
    public void TryLoad_BrainpoolP256Key_IsRefusedThoughTheOldKeySizeTestPassedIt()
    {
        var der = WithSubjectPublicKeyInfo(LeafDer, SubjectPublicKeyInfo("ecdsa-brainpool-p256"));
        using (var certificate = X509CertificateLoader.LoadCertificate(der))
        using (var key = certificate.GetECDsaPublicKey())
        {
            Assert.Equal(256, key!.KeySize);
        }

        Assert.Equal("the signing certificate's key is not ECDSA P-256 or P-384", SigningCertificate.TryLoad(der, out var signing));
        Assert.Null(signing);
    }

    [Fact]
    public void TryRead_CaCertificate_IsReadAndFailsTheLeafProfile()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var intermediate = root.CertificateAuthorities.Single(a => a.Certificates.Count > 1).Certificates[0];

        Assert.Null(LeafCertificate.TryRead(intermediate.RawData, out var ca));

        Assert.True(ca!.IsCertificateAuthority);
        Assert.Equal("the signing certificate is a CA certificate", LeafProfile.Check(ca));
    }

    private static List<byte[]> RealLeaves()
    {
        var policyCertificates = Directory.GetDirectories(SharedData.PathOf("vectors/policy"))
            .Select(folder => Path.Combine(folder, "cert.pem"))
            .Where(File.Exists)
            .Select(path =>
            {
                using var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(path));
                return certificate.RawData;
            });
        return [.. DerivedSeeds.Certificates.Concat(policyCertificates).DistinctBy(Convert.ToBase64String)];
    }

    private static bool LoaderRefuses(byte[] der)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            return !CertificateStructure.TryRead(der, out _);
        }
        catch (CryptographicException)
        {
            return true;
        }
    }

    private static bool OldKeyCheckRefuses(byte[] der)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        try
        {
            using var key = certificate.GetECDsaPublicKey();
            return key is null || key.KeySize is not (256 or 384);
        }
        catch (CryptographicException)
        {
            return true;
        }
    }

    private static AttestationVerificationResult VerifyWithCertificate(byte[] der)
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        attestation["verification_material"]!["certificate"] = Convert.ToBase64String(der);
        var element = JsonDocument.Parse(attestation.ToJsonString()).RootElement.Clone();
        return new Pep740Verifier(root).VerifyAttestation(element, Sdist, Publisher);
    }

    private static byte[] CorruptOuter(string corruption, byte[] der) => corruption switch
    {
        "truncated" => der[..^10],
        "trailing-byte" => [.. der, 0x00],
        "long-form-length" => [der[0], (byte)(der[1] + 1), 0x00, .. der[2..]],
        "set-instead-of-sequence" => [0x31, .. der[1..]],
        "signature-removed" => Sequence([.. Elements(der).Take(2).SelectMany(e => e)]),
        _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
    };

    private static byte[] CorruptTbs(string corruption, byte[] der)
    {
        var tbs = Elements(Elements(der)[0]);
        var outerAlgorithm = Elements(der)[1];
        switch (corruption)
        {
            case "duplicate-extension":
                tbs[7] = WithExtensions(tbs[7], extensions => [extensions[0], .. extensions]);
                break;
            case "inner-signature-algorithm-differs":
                byte[] sha256 = [0x30, 0x0A, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02];
                byte[] sha512 = [0x30, 0x0A, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x04];
                tbs[2] = outerAlgorithm.AsSpan().SequenceEqual(sha256) ? sha512 : sha256;
                break;
            case "version-4":
                tbs[0] = [0xA0, 0x03, 0x02, 0x01, 0x03];
                break;
            case "trailing-element-in-tbs":
                tbs.Add([0x05, 0x00]);
                break;
            case "validity-long-form-length":
                Assert.True(tbs[4][1] < 0x80);
                tbs[4] = [tbs[4][0], 0x81, .. tbs[4][1..]];
                break;
            case "critical-flag-not-der":
                tbs[7] = WithExtensions(tbs[7], extensions => [.. extensions.Select(e => Replace(e, [0x01, 0x01, 0xFF], [0x01, 0x01, 0x01]))]);
                break;
            case "key-usage-not-der":
                // digitalSignature with the 7 unused bits not zero.
                tbs[7] = WithExtensions(tbs[7], extensions => [.. extensions.Select(e => Elements(e)[0].AsSpan().SequenceEqual((byte[])[0x06, 0x03, 0x55, 0x1D, 0x0F])
                    ? Sequence([.. Elements(e)[0], 0x01, 0x01, 0xFF, 0x04, 0x04, 0x03, 0x02, 0x07, 0x81])
                    : e)]);
                break;
            case "empty-relative-name":
                tbs[3] = [0x30, 0x02, 0x31, 0x00];
                break;
            case "issuer-value-not-a-string":
                tbs[3] = [0x30, 0x0C, 0x31, 0x0A, 0x30, 0x08, 0x06, 0x03, 0x55, 0x04, 0x03, 0x02, 0x01, 0x01];
                break;
            case "issuer-invalid-utf8":
                tbs[3] = [0x30, 0x0F, 0x31, 0x0D, 0x30, 0x0B, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0C, 0x04, 0x61, 0xFF, 0x62, 0x63];
                break;
            case "utc-time-without-seconds":
                var validity = Elements(tbs[4]);
                Assert.Equal(0x17, validity[0][0]);
                validity[0] = [0x17, 0x0B, .. validity[0][2..12], (byte)'Z'];
                tbs[4] = Sequence([.. validity.SelectMany(e => e)]);
                break;
            case "extensions-empty":
                tbs[7] = [0xA3, 0x02, 0x30, 0x00];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(corruption));
        }

        return WithTbs(der, tbs);
    }

    private static byte[] WithSubjectPublicKeyInfo(byte[] der, byte[] subjectPublicKeyInfo)
    {
        var tbs = Elements(Elements(der)[0]);
        tbs[6] = subjectPublicKeyInfo;
        return WithTbs(der, tbs);
    }

    private static byte[] SubjectPublicKeyInfo(string key)
    {
        switch (key)
        {
            case "rsa-2048":
                using (var rsa = RSA.Create(2048))
                {
                    return rsa.ExportSubjectPublicKeyInfo();
                }

            case "ecdsa-p521":
                using (var p521 = ECDsa.Create(ECCurve.NamedCurves.nistP521))
                {
                    return p521.ExportSubjectPublicKeyInfo();
                }

            case "ecdsa-brainpool-p256":
                using (var brainpool = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1))
                {
                    return brainpool.ExportSubjectPublicKeyInfo();
                }

            case "point-not-on-curve":
                using (var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    var info = p256.ExportSubjectPublicKeyInfo();
                    info[^1] ^= 0x01;
                    return info;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(key));
        }
    }

    private static byte[] WithTbs(byte[] der, IEnumerable<byte[]> tbsElements)
    {
        var certificate = Elements(der);
        return Sequence([.. Sequence([.. tbsElements.SelectMany(e => e)]), .. certificate[1], .. certificate[2]]);
    }

    private static byte[] WithExtensions(byte[] explicitExtensions, Func<List<byte[]>, List<byte[]>> edit)
    {
        var extensions = edit(Elements(Elements(explicitExtensions)[0]));
        var sequence = Sequence([.. extensions.SelectMany(e => e)]);
        return Tlv(0xA3, sequence);
    }

    private static byte[] Replace(byte[] bytes, byte[] find, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(find);
        return at < 0 ? bytes : [.. bytes[..at], .. replacement, .. bytes[(at + find.Length)..]];
    }

    /// <summary>The encoded elements inside one DER constructed value.</summary>
    private static List<byte[]> Elements(byte[] constructed)
    {
        var reader = new AsnReader(constructed, AsnEncodingRules.DER);
        var inner = reader.ReadSequence(reader.PeekTag());
        var elements = new List<byte[]>();
        while (inner.HasData)
        {
            elements.Add(inner.ReadEncodedValue().ToArray());
        }

        return elements;
    }

    private static byte[] Sequence(byte[] content) => Tlv(0x30, content);

    private static byte[] Tlv(byte tag, byte[] content)
    {
        byte[] length = content.Length switch
        {
            < 0x80 => [(byte)content.Length],
            < 0x100 => [0x81, (byte)content.Length],
            _ => [0x82, (byte)(content.Length >> 8), (byte)content.Length],
        };
        return [tag, .. length, .. content];
    }
}

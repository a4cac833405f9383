using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A Fulcio-like CA of generated keys (P-384 root and intermediate) that issues ten-minute P-256 signing
/// certificates with Fulcio's identity extensions and an embedded SCT from a CT log key.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private static readonly Oid SctList = new("1.3.6.1.4.1.11129.2.4.2");
    private readonly ECDsa _rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly ECDsa _intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private long _serial = 1000;

    /// <summary>Creates the CA, valid from <paramref name="notBefore"/> for ten years.</summary>
    /// <param name="name">A name for the subjects.</param>
    /// <param name="notBefore">The start of the CA's validity.</param>
    public TestCertificateAuthority(string name, DateTimeOffset notBefore)
    {
        var rootRequest = new CertificateRequest($"CN={name}, O=trustcheck.test", _rootKey, HashAlgorithmName.SHA384);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Root = rootRequest.CreateSelfSigned(notBefore, notBefore.AddYears(10));

        var intermediateRequest = new CertificateRequest($"CN={name}-intermediate, O=trustcheck.test", _intermediateKey, HashAlgorithmName.SHA384);
        intermediateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        intermediateRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        intermediateRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.3")], false));
        using var intermediate = intermediateRequest.Create(Root, notBefore, notBefore.AddYears(10), [0x01]);
        Intermediate = intermediate.CopyWithPrivateKey(_intermediateKey);
    }

    /// <summary>The self-signed root.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The intermediate that issues signing certificates (with its private key).</summary>
    public X509Certificate2 Intermediate { get; }

    /// <summary>Issues a signing certificate with Fulcio's GitHub Actions claims and an SCT.</summary>
    /// <param name="leafKey">The certificate's key.</param>
    /// <param name="notBefore">Its start; it is valid for ten minutes.</param>
    /// <param name="repository">The <c>owner/name</c> it was built from.</param>
    /// <param name="workflow">The workflow file.</param>
    /// <param name="ctLogKey">The CT log key that signs the SCT, or null for a certificate without an SCT list.</param>
    /// <param name="codeSigning">Whether to include the codeSigning extended key usage.</param>
    /// <param name="sctOverAnotherCertificate">Have the SCT sign another TBS than this certificate's.</param>
    public X509Certificate2 IssueGitHubLeaf(ECDsa leafKey, DateTimeOffset notBefore, string repository, string workflow, ECDsa? ctLogKey, bool codeSigning = true, bool sctOverAnotherCertificate = false)
    {
        ArgumentNullException.ThrowIfNull(leafKey);
        const string Issuer = "https://token.actions.githubusercontent.com";
        var reference = "refs/tags/v4.0.0";
        var digest = new string('c', 40);
        var buildConfig = $"https://github.com/{repository}/.github/workflows/{workflow}@{reference}";
        var serial = BigInteger.Parse((++_serial).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture).ToByteArray(isUnsigned: true, isBigEndian: true);
        var notAfter = notBefore.AddMinutes(10);

        CertificateRequest Request()
        {
            var request = new CertificateRequest(new X500DistinguishedName(string.Empty), leafKey, HashAlgorithmName.SHA384);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            if (codeSigning)
            {
                request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.3")], false));
            }

            var san = new SubjectAlternativeNameBuilder();
            san.AddUri(new Uri(buildConfig));
            request.CertificateExtensions.Add(san.Build(critical: true));
            request.CertificateExtensions.Add(new X509Extension("1.3.6.1.4.1.57264.1.1", Encoding.ASCII.GetBytes(Issuer), false));
            AddUtf8("1.3.6.1.4.1.57264.1.8", Issuer);
            AddUtf8("1.3.6.1.4.1.57264.1.9", buildConfig);
            AddUtf8("1.3.6.1.4.1.57264.1.11", "github-hosted");
            AddUtf8("1.3.6.1.4.1.57264.1.12", $"https://github.com/{repository}");
            AddUtf8("1.3.6.1.4.1.57264.1.13", digest);
            AddUtf8("1.3.6.1.4.1.57264.1.14", reference);
            AddUtf8("1.3.6.1.4.1.57264.1.18", buildConfig);
            return request;

            void AddUtf8(string oid, string value)
            {
                var writer = new AsnWriter(AsnEncodingRules.DER);
                writer.WriteCharacterString(UniversalTagNumber.UTF8String, value);
                request.CertificateExtensions.Add(new X509Extension(oid, writer.Encode(), false));
            }
        }

        if (ctLogKey is null)
        {
            return Request().Create(Intermediate, notBefore, notAfter, serial);
        }

        // The SCT signs the precertificate: the same TBS without the SCT list, so issue once to learn that TBS.
        using var precertificate = Request().Create(Intermediate, notBefore, notAfter, serial);
        var tbs = ToBeSigned(precertificate.RawData);
        if (sctOverAnotherCertificate)
        {
            tbs[^1] ^= 0x01;
        }

        var sctList = SignedCertificateTimestamps.Create(ctLogKey, notBefore.AddSeconds(1), tbs, SHA256.HashData(Intermediate.PublicKey.ExportSubjectPublicKeyInfo()));
        var final = Request();
        final.CertificateExtensions.Add(new X509Extension(SctList, sctList, false));
        return final.Create(Intermediate, notBefore, notAfter, serial);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        _rootKey.Dispose();
        _intermediateKey.Dispose();
    }

    private static byte[] ToBeSigned(byte[] certificate) =>
        new AsnReader(certificate, AsnEncodingRules.DER).ReadSequence().ReadEncodedValue().ToArray();
}

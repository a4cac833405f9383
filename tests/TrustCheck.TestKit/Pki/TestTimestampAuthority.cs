using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.Utilities.Collections;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// An RFC 3161 timestamp authority of generated keys, shaped like Sigstore's: a P-384 root and a P-384 signing
/// certificate with the critical timeStamping usage. It stamps signatures (SHA-256 message imprint) at a chosen
/// time, with the ESS signing-certificate-v2 attribute and its certificate embedded in the token.
/// </summary>
public sealed class TestTimestampAuthority : IDisposable
{
    private const string PolicyOid = "1.3.6.1.4.1.57264.2";
    private static readonly Oid TimeStamping = new("1.3.6.1.5.5.7.3.8");
    private readonly ECDsa _rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly ECDsa _signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private long _serial = 5000;

    /// <summary>Creates the authority; its certificates are valid from <paramref name="notBefore"/> for ten years.</summary>
    /// <param name="name">A name for the subjects.</param>
    /// <param name="notBefore">The start of the certificates' validity.</param>
    public TestTimestampAuthority(string name, DateTimeOffset notBefore)
    {
        var rootRequest = new CertificateRequest($"CN={name}-selfsigned, O=trustcheck.test", _rootKey, HashAlgorithmName.SHA384);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Root = rootRequest.CreateSelfSigned(notBefore, notBefore.AddYears(10));

        var signingRequest = new CertificateRequest($"CN={name}, O=trustcheck.test", _signingKey, HashAlgorithmName.SHA384);
        signingRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        signingRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([TimeStamping], critical: true));
        SigningCertificate = signingRequest.Create(Root, notBefore, notBefore.AddYears(10), [0x02]);
    }

    /// <summary>The self-signed root.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The certificate that signs timestamp tokens (without its private key).</summary>
    public X509Certificate2 SigningCertificate { get; }

    /// <summary>The chain as a trusted root lists it: the signing certificate first, the root last.</summary>
    public IReadOnlyList<X509Certificate2> Chain => [SigningCertificate, Root];

    /// <summary>Stamps a signature: a DER <c>TimeStampResp</c> granting a token over SHA-256 of the bytes.</summary>
    /// <param name="signature">The signature bytes the imprint covers.</param>
    /// <param name="genTime">The token's time (whole seconds are encoded).</param>
    public byte[] Stamp(byte[] signature, DateTimeOffset genTime)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var signingCertificate = new BcCertificate(SigningCertificate.RawData);
        var signer = new SignerInfoGeneratorBuilder().Build(new Asn1SignatureFactory("SHA384withECDSA", PrivateKeyFactory.CreateKey(_signingKey.ExportPkcs8PrivateKey())), signingCertificate);

        // A SHA-256 certificate digest makes the generator add signing-certificate-v2 (ESSCertIDv2), not the SHA-1 v1.
        var tokens = new TimeStampTokenGenerator(signer, Asn1DigestFactory.Get(NistObjectIdentifiers.IdSha256), new DerObjectIdentifier(PolicyOid), isIssuerSerialIncluded: true);
        tokens.SetCertificates(CollectionUtilities.CreateStore([signingCertificate]));
        var requests = new TimeStampRequestGenerator();
        requests.SetCertReq(true);
        var request = requests.Generate(TspAlgorithms.Sha256, SHA256.HashData(signature));
        var response = new TimeStampResponseGenerator(tokens, TspAlgorithms.Allowed)
            .Generate(request, BcBigInteger.ValueOf(++_serial), DateTimeOffset.FromUnixTimeSeconds(genTime.ToUnixTimeSeconds()).UtcDateTime);
        return response.GetEncoded();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Root.Dispose();
        SigningCertificate.Dispose();
        _rootKey.Dispose();
        _signingKey.Dispose();
    }
}

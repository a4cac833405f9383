using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// A bundle's signing (leaf) certificate, decoded once with its key, and the checks that depend on nothing but its
/// exact bytes and a trusted-root certificate: whether that issuer's key signed it, and whether its SCTs verify.
/// A release's files are usually signed with one certificate, so these are worth remembering across its
/// attestations (see <see cref="SigningCertificateCache"/>); time-dependent checks are never remembered.
/// </summary>
internal sealed class SigningCertificate : IDisposable
{
    // Keyed by instance: only trusted-root certificates are ever issuers here, and a root keeps its instances.
    private readonly ConcurrentDictionary<X509Certificate2, bool> _signedBy = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<X509Certificate2, bool> _sctsVerifiedWith = new(ReferenceEqualityComparer.Instance);

    private SigningCertificate(byte[] der, X509Certificate2 certificate, CertificateStructure structure, VerificationKey key)
    {
        Der = der;
        Certificate = certificate;
        Structure = structure;
        Key = key;
    }

    /// <summary>The certificate's DER, a private copy.</summary>
    public byte[] Der { get; }

    public X509Certificate2 Certificate { get; }

    public CertificateStructure Structure { get; }

    public VerificationKey Key { get; }

    /// <summary>Decodes a signing certificate: DER X.509 with a well-formed structure and an ECDSA P-256 or P-384 key.</summary>
    public static string? TryLoad(ReadOnlySpan<byte> der, out SigningCertificate? signing)
    {
        signing = null;
        var owned = der.ToArray();
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(owned);
        }
        catch (CryptographicException error)
        {
            return $"the signing certificate is not DER X.509: {error.Message}";
        }

        if (!CertificateStructure.TryRead(owned, out var structure))
        {
            certificate.Dispose();
            return "the signing certificate's DER structure is malformed";
        }

        var ecdsa = certificate.GetECDsaPublicKey();
        if (ecdsa is null || ecdsa.KeySize is not (256 or 384))
        {
            ecdsa?.Dispose();
            certificate.Dispose();
            return "the signing certificate's key is not ECDSA P-256 or P-384";
        }

        signing = new SigningCertificate(owned, certificate, structure!, VerificationKey.FromEcdsa(ecdsa));
        return null;
    }

    /// <summary>True when <paramref name="issuer"/>'s key signed this certificate; a verified signature is remembered.</summary>
    public bool IsSignedBy(X509Certificate2 issuer)
    {
        if (_signedBy.ContainsKey(issuer))
        {
            return true;
        }

        var signed = CertificateSignature.IsSignedBy(Structure, issuer);
        if (signed)
        {
            _signedBy.TryAdd(issuer, true);
        }

        return signed;
    }

    /// <summary>
    /// Null when the embedded SCTs verify for this certificate issued by <paramref name="issuer"/> (see
    /// <see cref="SctVerifier"/>); a pass is remembered, which is sound because a verifier keeps one trusted root.
    /// </summary>
    public string? VerifyScts(X509Certificate2 issuer, TrustedRoot root)
    {
        if (_sctsVerifiedWith.ContainsKey(issuer))
        {
            return null;
        }

        var error = SctVerifier.Verify(Certificate, Structure, issuer, root);
        if (error is null)
        {
            _sctsVerifiedWith.TryAdd(issuer, true);
        }

        return error;
    }

    public void Dispose()
    {
        Key.Dispose();
        Certificate.Dispose();
    }
}

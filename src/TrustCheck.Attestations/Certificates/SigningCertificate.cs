using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// A bundle's signing (leaf) certificate, read once (see <see cref="LeafCertificate"/>) with its key imported, and the
/// checks that depend on nothing but its exact bytes and a trusted-root certificate: whether that issuer's key signed
/// it, and whether its SCTs verify.
/// A release's files are usually signed with one certificate, so these are worth remembering across its
/// attestations (see <see cref="SigningCertificateCache"/>); time-dependent checks are never remembered.
/// </summary>
internal sealed class SigningCertificate : IDisposable
{
    // Keyed by instance: only trusted-root certificates are ever issuers here, and a root keeps its instances.
    private readonly ConcurrentDictionary<X509Certificate2, bool> _signedBy = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<X509Certificate2, bool> _sctsVerifiedWith = new(ReferenceEqualityComparer.Instance);

    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string P256 = "1.2.840.10045.3.1.7";
    private const string P384 = "1.3.132.0.34";
    private const string NotP256OrP384 = "the signing certificate's key is not ECDSA P-256 or P-384";

    private SigningCertificate(LeafCertificate leaf, VerificationKey key)
    {
        Leaf = leaf;
        Key = key;
    }

    /// <summary>The certificate's DER, a private copy.</summary>
    public byte[] Der => Leaf.Der;

    /// <summary>The certificate, read without OpenSSL (see <see cref="LeafCertificate"/>).</summary>
    public LeafCertificate Leaf { get; }

    public CertificateStructure Structure => Leaf.Structure;

    public VerificationKey Key { get; }

    /// <summary>Decodes a signing certificate: DER X.509 with a well-formed structure and an ECDSA P-256 or P-384 key.</summary>
    public static string? TryLoad(ReadOnlySpan<byte> der, out SigningCertificate? signing)
    {
        signing = null;
        var failure = LeafCertificate.TryRead(der.ToArray(), out var leaf);
        if (failure is not null)
        {
            return failure;
        }

        if (leaf!.KeyAlgorithm != EcPublicKey || leaf.KeyCurve is not (P256 or P384))
        {
            return NotP256OrP384;
        }

        // Only the key goes through OpenSSL, which checks that the point is on the curve.
        var keyFailure = EcPublicKeyImport.TryImport(leaf.SubjectPublicKeyInfo, leaf.KeyCurve == P256 ? 32 : 48, out var ecdsa);
        if (keyFailure is not null)
        {
            return $"{NotP256OrP384}: {keyFailure}";
        }

        signing = new SigningCertificate(leaf, VerificationKey.FromEcdsa(ecdsa!));
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

        var error = SctVerifier.Verify(Leaf, issuer, root);
        if (error is null)
        {
            _sctsVerifiedWith.TryAdd(issuer, true);
        }

        return error;
    }

    public void Dispose()
    {
        Key.Dispose();
    }
}

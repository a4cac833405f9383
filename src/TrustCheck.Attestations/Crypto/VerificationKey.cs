using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// A public key that verifies signatures with one fixed algorithm. ECDSA and RSA use .NET's platform cryptography;
/// Ed25519, which .NET lacks, uses BouncyCastle. ECDSA signatures are DER-encoded, as Sigstore emits them.
/// </summary>
public sealed class VerificationKey : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;
    private readonly Ed25519PublicKeyParameters? _ed25519;

    private byte[]? _subjectPublicKeyInfo;

    private VerificationKey(KeyAlgorithm algorithm, byte[]? subjectPublicKeyInfo, ECDsa? ecdsa, RSA? rsa, Ed25519PublicKeyParameters? ed25519)
    {
        Algorithm = algorithm;
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        _ecdsa = ecdsa;
        _rsa = rsa;
        _ed25519 = ed25519;
    }

    /// <summary>The signature algorithm this key verifies with.</summary>
    public KeyAlgorithm Algorithm { get; }

    /// <summary>The key's DER SubjectPublicKeyInfo (log IDs are the SHA-256 of it).</summary>
    /// <remarks>A certificate's key exports it on first use: a signing certificate's key rarely needs it.</remarks>
    public ReadOnlyMemory<byte> SubjectPublicKeyInfo => _subjectPublicKeyInfo ??= _ecdsa!.ExportSubjectPublicKeyInfo();

    /// <summary>The modulus size in bits, for RSA keys; null otherwise.</summary>
    internal int? RsaKeySize => _rsa?.KeySize;

    /// <summary>The raw 32-byte key, for Ed25519 keys; empty otherwise.</summary>
    public ReadOnlySpan<byte> Ed25519RawKey => _ed25519 is null ? [] : _ed25519.GetEncoded();

    /// <summary>
    /// Imports a key. <paramref name="der"/> is a SubjectPublicKeyInfo, or for the RSA algorithms also a bare PKCS#1
    /// RSAPublicKey (as legacy trusted roots carry it).
    /// </summary>
    /// <param name="algorithm">The algorithm the key must be used with.</param>
    /// <param name="der">The encoded key.</param>
    /// <param name="key">The key, when it imports and fits the algorithm.</param>
    /// <returns>Null on success, otherwise why the key is unusable.</returns>
    public static string? TryImport(KeyAlgorithm algorithm, ReadOnlySpan<byte> der, out VerificationKey? key)
    {
        key = null;
        try
        {
            switch (algorithm)
            {
                case KeyAlgorithm.EcdsaP256Sha256 or KeyAlgorithm.EcdsaP384Sha384 or KeyAlgorithm.EcdsaP521Sha512:
                {
                    var ecdsa = ECDsa.Create();
                    ecdsa.ImportSubjectPublicKeyInfo(der, out _);
                    var expectedBits = algorithm switch
                    {
                        KeyAlgorithm.EcdsaP256Sha256 => 256,
                        KeyAlgorithm.EcdsaP384Sha384 => 384,
                        _ => 521,
                    };
                    if (ecdsa.KeySize != expectedBits)
                    {
                        ecdsa.Dispose();
                        return $"the key is ECDSA {ecdsa.KeySize}-bit, but {algorithm} needs {expectedBits}";
                    }

                    key = new VerificationKey(algorithm, ecdsa.ExportSubjectPublicKeyInfo(), ecdsa, null, null);
                    return null;
                }

                case KeyAlgorithm.RsaPkcs1Sha256 or KeyAlgorithm.RsaPssSha256:
                {
                    var rsa = RSA.Create();
                    try
                    {
                        rsa.ImportSubjectPublicKeyInfo(der, out _);
                    }
                    catch (CryptographicException)
                    {
                        rsa.ImportRSAPublicKey(der, out _);
                    }

                    key = new VerificationKey(algorithm, rsa.ExportSubjectPublicKeyInfo(), null, rsa, null);
                    return null;
                }

                case KeyAlgorithm.Ed25519:
                {
                    if (PublicKeyFactory.CreateKey(der.ToArray()) is not Ed25519PublicKeyParameters ed25519)
                    {
                        return "the key is not an Ed25519 SubjectPublicKeyInfo";
                    }

                    key = new VerificationKey(algorithm, der.ToArray(), null, null, ed25519);
                    return null;
                }

                default:
                    return $"unsupported key algorithm {algorithm}";
            }
        }
        // NotSupportedException: the platform refuses a named curve it does not know (a mangled curve OID).
        catch (Exception error) when (error is CryptographicException or ArgumentException or InvalidCastException or IOException or SecurityUtilityException or NotSupportedException)
        {
            return $"the key does not decode as {algorithm}: {error.Message}";
        }
    }

    /// <summary>Imports an ECDSA key from a certificate and picks the algorithm from its curve.</summary>
    /// <param name="ecdsa">The certificate's key; this instance takes ownership.</param>
    public static VerificationKey FromEcdsa(ECDsa ecdsa)
    {
        ArgumentNullException.ThrowIfNull(ecdsa);
        var algorithm = ecdsa.KeySize switch
        {
            256 => KeyAlgorithm.EcdsaP256Sha256,
            384 => KeyAlgorithm.EcdsaP384Sha384,
            521 => KeyAlgorithm.EcdsaP521Sha512,
            _ => throw new ArgumentException($"Unsupported ECDSA key size {ecdsa.KeySize}.", nameof(ecdsa)),
        };
        return new VerificationKey(algorithm, null, ecdsa, null, null);
    }

    /// <summary>Verifies a signature over <paramref name="data"/> with this key's algorithm.</summary>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The signature (DER for ECDSA, raw 64 bytes for Ed25519, PKCS#1 v1.5 or PSS for RSA).</param>
    /// <returns>True only when the signature verifies.</returns>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        try
        {
            return Algorithm switch
            {
                KeyAlgorithm.EcdsaP256Sha256 => _ecdsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
                KeyAlgorithm.EcdsaP384Sha384 => _ecdsa!.VerifyData(data, signature, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence),
                KeyAlgorithm.EcdsaP521Sha512 => _ecdsa!.VerifyData(data, signature, HashAlgorithmName.SHA512, DSASignatureFormat.Rfc3279DerSequence),
                KeyAlgorithm.RsaPkcs1Sha256 => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                KeyAlgorithm.RsaPssSha256 => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
                KeyAlgorithm.Ed25519 => VerifyEd25519(data, signature),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Verifies an ECDSA signature with an explicit digest algorithm (for prehashed message signatures).</summary>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The DER signature.</param>
    /// <param name="hash">The digest algorithm.</param>
    /// <returns>True only when the key is ECDSA and the signature verifies.</returns>
    public bool VerifyEcdsa(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, HashAlgorithmName hash)
    {
        try
        {
            return _ecdsa is not null && _ecdsa.VerifyData(data, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// Verifies a signature over an already computed digest (message signatures): a DER ECDSA signature over any
    /// digest, or an RSA signature over a SHA-256 digest. Ed25519 signs the message itself, never a digest.
    /// </summary>
    /// <param name="digest">The digest that was signed.</param>
    /// <param name="signature">The signature (DER for ECDSA).</param>
    /// <returns>True only when the key is ECDSA or RSA and the signature verifies.</returns>
    public bool VerifyPrehashed(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        try
        {
            return Algorithm switch
            {
                KeyAlgorithm.EcdsaP256Sha256 or KeyAlgorithm.EcdsaP384Sha384 or KeyAlgorithm.EcdsaP521Sha512
                    => _ecdsa!.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence),
                KeyAlgorithm.RsaPkcs1Sha256 => digest.Length == SHA256.HashSizeInBytes && _rsa!.VerifyHash(digest, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                KeyAlgorithm.RsaPssSha256 => digest.Length == SHA256.HashSizeInBytes && _rsa!.VerifyHash(digest, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private bool VerifyEd25519(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, _ed25519);
        signer.BlockUpdate(data);
        return signer.VerifySignature(signature.ToArray());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }
}

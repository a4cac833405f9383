using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A generated managed (long-lived) signing key, as cosign or a sigstore client would hold one: it signs DSSE
/// pre-authentication encodings and artifacts the way Sigstore's key-based bundles expect, and gives its public key
/// as PEM and DER SubjectPublicKeyInfo.
/// </summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;
    private readonly Ed25519PrivateKeyParameters? _ed25519;

    /// <summary>Generates a key of the given type.</summary>
    /// <param name="type">The algorithm.</param>
    public TestSigningKey(TestKeyType type)
    {
        Type = type;
        switch (type)
        {
            case TestKeyType.EcdsaP256:
                _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                break;
            case TestKeyType.EcdsaP384:
                _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
                break;
            case TestKeyType.EcdsaP521:
                _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP521);
                break;
            case TestKeyType.Ed25519:
                _ed25519 = new Ed25519PrivateKeyParameters(new SecureRandom());
                break;
            default:
                _rsa = RSA.Create(2048);
                break;
        }
    }

    /// <summary>The algorithm.</summary>
    public TestKeyType Type { get; }

    /// <summary>The DER SubjectPublicKeyInfo.</summary>
    public byte[] SubjectPublicKeyInfo =>
        _ecdsa?.ExportSubjectPublicKeyInfo()
        ?? _rsa?.ExportSubjectPublicKeyInfo()
        ?? SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(_ed25519!.GeneratePublicKey()).GetDerEncoded();

    /// <summary>The public key as a PEM <c>PUBLIC KEY</c> block, with a final newline.</summary>
    public string PublicKeyPem => PemEncoding.WriteString("PUBLIC KEY", SubjectPublicKeyInfo) + "\n";

    /// <summary>The conventional key hint: base64 of the SHA-256 of the DER SubjectPublicKeyInfo.</summary>
    public string Hint => Convert.ToBase64String(SHA256.HashData(SubjectPublicKeyInfo));

    /// <summary>Signs a message (a DSSE pre-authentication encoding) with the key's own hash.</summary>
    /// <param name="message">The bytes to sign.</param>
    public byte[] SignMessage(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Type switch
        {
            TestKeyType.EcdsaP256 => _ecdsa!.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
            TestKeyType.EcdsaP384 => _ecdsa!.SignData(message, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence),
            TestKeyType.EcdsaP521 => _ecdsa!.SignData(message, HashAlgorithmName.SHA512, DSASignatureFormat.Rfc3279DerSequence),
            TestKeyType.Ed25519 => SignEd25519(message),
            TestKeyType.RsaPkcs1 => _rsa!.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => _rsa!.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        };
    }

    /// <summary>
    /// Signs an artifact for a message-signature bundle: ECDSA and RSA sign its SHA-256 digest; Ed25519 signs the
    /// artifact itself.
    /// </summary>
    /// <param name="artifact">The artifact's bytes.</param>
    public byte[] SignArtifact(byte[] artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var digest = SHA256.HashData(artifact);
        return Type switch
        {
            TestKeyType.EcdsaP256 or TestKeyType.EcdsaP384 or TestKeyType.EcdsaP521 => _ecdsa!.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence),
            TestKeyType.Ed25519 => SignEd25519(artifact),
            TestKeyType.RsaPkcs1 => _rsa!.SignHash(digest, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => _rsa!.SignHash(digest, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }

    private byte[] SignEd25519(byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _ed25519);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }
}

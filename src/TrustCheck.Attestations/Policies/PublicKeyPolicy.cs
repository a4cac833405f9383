using System.Formats.Asn1;
using System.Security.Cryptography;
using TrustCheck.Attestations.Crypto;

namespace TrustCheck.Attestations.Policies;

/// <summary>
/// The verification policy for bundles signed with a managed (long-lived) key instead of a Fulcio certificate: the
/// signature must verify with this key, the transparency-log entry must record this key, and a key hint in the
/// bundle, when present, must name this key. Pass it to <see cref="Verification.BundleVerifier"/> where an
/// <see cref="IIdentityPolicy"/> would go for certificate bundles; the two never mix.
/// </summary>
/// <remarks>
/// Keys are ECDSA P-256/SHA-256, P-384/SHA-384 or P-521/SHA-512, Ed25519, or RSA of at least 2048 bits with SHA-256.
/// An RSA key from a plain <c>rsaEncryption</c> SubjectPublicKeyInfo accepts both PKCS#1 v1.5 and PSS signatures,
/// as the key says nothing about the padding its holder uses; pass the algorithm explicitly to accept only one.
/// </remarks>
public sealed class PublicKeyPolicy : IDisposable
{
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string Ed25519Oid = "1.3.101.112";
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";
    private const int MinimumRsaBits = 2048;

    private readonly byte[] _subjectPublicKeyInfo;

    private PublicKeyPolicy(byte[] subjectPublicKeyInfo, IReadOnlyList<VerificationKey> keys)
    {
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        Keys = keys;
        Hint = HintFor(subjectPublicKeyInfo);
    }

    /// <summary>The algorithms a signature may use with this key (two for an RSA key whose padding was not given).</summary>
    public IReadOnlyList<KeyAlgorithm> Algorithms => [.. Keys.Select(k => k.Algorithm)];

    /// <summary>The key's DER SubjectPublicKeyInfo, exactly as given; log bodies must record these bytes.</summary>
    public ReadOnlyMemory<byte> SubjectPublicKeyInfo => _subjectPublicKeyInfo;

    /// <summary>
    /// The key hint a bundle signed with this key carries: base64 of the SHA-256 of the DER SubjectPublicKeyInfo (the
    /// convention cosign and sigstore clients follow).
    /// </summary>
    public string Hint { get; }

    /// <summary>A short description for messages and reports.</summary>
    public string Description => $"public key {Hint}";

    /// <summary>The imported keys, one per accepted algorithm.</summary>
    internal IReadOnlyList<VerificationKey> Keys { get; }

    /// <summary>The key hint for a SubjectPublicKeyInfo: base64 of its SHA-256.</summary>
    /// <param name="subjectPublicKeyInfo">The DER SubjectPublicKeyInfo.</param>
    /// <returns>The hint.</returns>
    public static string HintFor(ReadOnlySpan<byte> subjectPublicKeyInfo) => Convert.ToBase64String(SHA256.HashData(subjectPublicKeyInfo));

    /// <summary>Reads a PEM <c>PUBLIC KEY</c> (SubjectPublicKeyInfo) block and infers the algorithm from the key.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <param name="policy">The policy, when the key is usable.</param>
    /// <returns>Null on success, otherwise why the key is unusable.</returns>
    public static string? TryFromPem(ReadOnlySpan<char> pem, out PublicKeyPolicy? policy)
    {
        policy = null;
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            return "the text holds no PEM block";
        }

        var label = pem[fields.Label];
        if (!label.SequenceEqual("PUBLIC KEY"))
        {
            return $"the PEM block is a '{label}', not a 'PUBLIC KEY' (SubjectPublicKeyInfo)";
        }

        var der = new byte[fields.DecodedDataLength];
        return Convert.TryFromBase64Chars(pem[fields.Base64Data], der, out var written) && written == der.Length
            ? TryFromSubjectPublicKeyInfo(der, out policy)
            : "the PEM block's base64 does not decode";
    }

    /// <summary>Imports a DER SubjectPublicKeyInfo and infers the algorithm from the key.</summary>
    /// <param name="subjectPublicKeyInfo">The DER SubjectPublicKeyInfo.</param>
    /// <param name="policy">The policy, when the key is usable.</param>
    /// <returns>Null on success, otherwise why the key is unusable.</returns>
    public static string? TryFromSubjectPublicKeyInfo(ReadOnlySpan<byte> subjectPublicKeyInfo, out PublicKeyPolicy? policy)
    {
        policy = null;
        var oid = AlgorithmOid(subjectPublicKeyInfo);
        switch (oid)
        {
            case EcPublicKeyOid:
            {
                using var ecdsa = ECDsa.Create();
                try
                {
                    ecdsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                }
                catch (CryptographicException error)
                {
                    return $"the ECDSA key does not decode: {error.Message}";
                }

                KeyAlgorithm? algorithm = ecdsa.KeySize switch
                {
                    256 => KeyAlgorithm.EcdsaP256Sha256,
                    384 => KeyAlgorithm.EcdsaP384Sha384,
                    521 => KeyAlgorithm.EcdsaP521Sha512,
                    _ => null,
                };
                return algorithm is { } known
                    ? TryFromSubjectPublicKeyInfo(subjectPublicKeyInfo, [known], out policy)
                    : $"ECDSA keys of {ecdsa.KeySize} bits are not supported (P-256, P-384 and P-521 are)";
            }

            case Ed25519Oid:
                return TryFromSubjectPublicKeyInfo(subjectPublicKeyInfo, [KeyAlgorithm.Ed25519], out policy);
            case RsaEncryptionOid:
                return TryFromSubjectPublicKeyInfo(subjectPublicKeyInfo, [KeyAlgorithm.RsaPkcs1Sha256, KeyAlgorithm.RsaPssSha256], out policy);
            case null:
                return "the key is not a DER SubjectPublicKeyInfo";
            default:
                return $"keys of algorithm {oid} are not supported (ECDSA, Ed25519 and RSA are)";
        }
    }

    /// <summary>Imports a DER SubjectPublicKeyInfo for one given algorithm (e.g. only RSA-PSS).</summary>
    /// <param name="subjectPublicKeyInfo">The DER SubjectPublicKeyInfo.</param>
    /// <param name="algorithm">The only algorithm signatures may use.</param>
    /// <param name="policy">The policy, when the key is usable.</param>
    /// <returns>Null on success, otherwise why the key is unusable.</returns>
    public static string? TryFromSubjectPublicKeyInfo(ReadOnlySpan<byte> subjectPublicKeyInfo, KeyAlgorithm algorithm, out PublicKeyPolicy? policy) =>
        TryFromSubjectPublicKeyInfo(subjectPublicKeyInfo, [algorithm], out policy);

    /// <summary>
    /// Checks a bundle's key hint: a bundle without a hint is accepted (the signature and the log entry still have to
    /// match this key); a hint that is not this key's names another key.
    /// </summary>
    /// <param name="hint">The bundle's hint, or null.</param>
    /// <returns>Null when the hint is absent or names this key, otherwise why not.</returns>
    public string? CheckHint(string? hint) =>
        string.IsNullOrEmpty(hint) || string.Equals(hint, Hint, StringComparison.Ordinal)
            ? null
            : $"the bundle's key hint '{hint}' names another key than the one given ({Description})";

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var key in Keys)
        {
            key.Dispose();
        }
    }

    private static string? TryFromSubjectPublicKeyInfo(ReadOnlySpan<byte> subjectPublicKeyInfo, KeyAlgorithm[] algorithms, out PublicKeyPolicy? policy)
    {
        policy = null;
        var keys = new List<VerificationKey>();
        foreach (var algorithm in algorithms)
        {
            var error = VerificationKey.TryImport(algorithm, subjectPublicKeyInfo, out var key);
            if (error is null && AlgorithmOid(subjectPublicKeyInfo) is null)
            {
                error = "the key is not a DER SubjectPublicKeyInfo";
            }

            error ??= key!.RsaKeySize is { } bits and < MinimumRsaBits ? $"the RSA key has {bits} bits; at least {MinimumRsaBits} are required" : null;
            if (error is not null)
            {
                key?.Dispose();
                keys.ForEach(k => k.Dispose());
                return error;
            }

            keys.Add(key!);
        }

        policy = new PublicKeyPolicy(subjectPublicKeyInfo.ToArray(), keys);
        return null;
    }

    /// <summary>The SubjectPublicKeyInfo's algorithm OID, or null when the bytes are not exactly one SubjectPublicKeyInfo.</summary>
    private static string? AlgorithmOid(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        try
        {
            var reader = new AsnReader(subjectPublicKeyInfo.ToArray(), AsnEncodingRules.DER);
            var spki = reader.ReadSequence();
            var algorithm = spki.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            _ = spki.ReadBitString(out _);
            if (algorithm.HasData)
            {
                _ = algorithm.ReadEncodedValue();
            }

            return reader.HasData || spki.HasData ? null : oid;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}

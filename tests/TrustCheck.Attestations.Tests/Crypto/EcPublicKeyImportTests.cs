using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Tests.Fuzzing;

namespace TrustCheck.Attestations.Tests.Crypto;

/// <summary>
/// The signing certificate's key import (OpenSSL 3's <c>EVP_PKEY_fromdata</c> where .NET runs on OpenSSL 3) against
/// .NET's own import with OpenSSL's full key check: the same keys verify the same signatures, and every malformed point
/// either one is shown is refused by both.
/// </summary>
public sealed class EcPublicKeyImportTests
{
    private const string EcPublicKey = "1.2.840.10045.2.1";

    // P-256's field prime and curve coefficient b (FIPS 186-4, D.1.2.3; a = -3).
    private static readonly BigInteger P256Prime = BigInteger.Parse("0ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", System.Globalization.NumberStyles.HexNumber);
    private static readonly BigInteger P256B = BigInteger.Parse("05ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", System.Globalization.NumberStyles.HexNumber);

    public static TheoryData<int> FieldSizes => [32, 48];

    [Fact]
    public void OpenSslImport_IsUsedWhereDotNetRunsOnOpenSsl3()
    {
        // The figures in docs/performance.md assume the OpenSSL 3 import; where .NET runs on OpenSSL 3 it must bind.
        if (OperatingSystem.IsLinux() && (SafeEvpPKeyHandle.OpenSslVersion >> 28) == 3)
        {
            Assert.True(OpenSslEcPublicKey.IsAvailable);
        }
    }

    [Theory]
    [MemberData(nameof(FieldSizes))]
    public void TryImport_FreshKeys_VerifyWhatThePrivateKeySignedAndNothingElse(int fieldBytes)
    {
        for (var i = 0; i < 20; i++)
        {
            using var signer = ECDsa.Create(fieldBytes == 32 ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP384);
            var hash = fieldBytes == 32 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA384;
            var data = RandomNumberGenerator.GetBytes(100);
            var signature = signer.SignData(data, hash, DSASignatureFormat.Rfc3279DerSequence);
            var info = signer.ExportSubjectPublicKeyInfo();

            Assert.Null(EcPublicKeyImport.TryImport(info, fieldBytes, out var key));
            using (key)
            {
                Assert.Equal(fieldBytes * 8, key!.KeySize);
                Assert.Equal(info, key.ExportSubjectPublicKeyInfo());
                Assert.True(key.VerifyData(data, signature, hash, DSASignatureFormat.Rfc3279DerSequence));
                data[0] ^= 1;
                Assert.False(key.VerifyData(data, signature, hash, DSASignatureFormat.Rfc3279DerSequence));
            }
        }
    }

    [Fact]
    public void TryImport_RealLeafKeys_ImportAsDotNetImportsThem()
    {
        foreach (var der in DerivedSeeds.Certificates)
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            var info = certificate.PublicKey.ExportSubjectPublicKeyInfo();
            using var expected = certificate.GetECDsaPublicKey();
            if (expected is null)
            {
                continue;
            }

            Assert.Null(EcPublicKeyImport.TryImport(info, expected.KeySize / 8, out var key));
            using (key)
            {
                Assert.Equal(expected.ExportParameters(false).Q.X, key!.ExportParameters(false).Q.X);
                Assert.Equal(expected.ExportParameters(false).Q.Y, key.ExportParameters(false).Q.Y);
            }
        }
    }

    [Theory]
    [InlineData("y-off-by-one")]
    [InlineData("x-plus-prime")]
    [InlineData("x-is-prime")]
    [InlineData("compressed")]
    [InlineData("infinity")]
    [InlineData("hybrid")]
    [InlineData("one-byte-short")]
    [InlineData("one-byte-long")]
    [InlineData("p384-length")]
    [InlineData("unused-bits")]
    [InlineData("all-zero")]
    public void TryImport_MalformedP256Point_IsRefusedAsDotNetsFullCheckRefusesIt(string tampering)
    {
        var info = P256Info(tampering);

        Assert.NotNull(EcPublicKeyImport.TryImportPortable(info, 32, out var portable));
        Assert.Null(portable);
        Assert.NotNull(EcPublicKeyImport.TryImport(info, 32, out var key));
        Assert.Null(key);
    }

    [Fact]
    public void TryImport_BitStringDeclaringUnusedBits_IsRefusedThoughDotNetIgnoresThem()
    {
        // Found by the leaf-certificate-differential campaign (seed 740): an SPKI whose BIT STRING says "1 unused bit"
        // over an unchanged point whose last bit is already 0. RFC 5480 maps the point's octets straight onto the BIT
        // STRING, so the declaration is malformed; .NET's import reads the bytes anyway, the OpenSSL 3 path refuses.
        var (x, y) = SmallXPoint();
        if (!y.IsEven)
        {
            y = P256Prime - y;
        }

        var info = SpkiP256(Point(x, y), unusedBits: 1);

        Assert.Null(EcPublicKeyImport.TryImportPortable(info, 32, out var portable));
        portable!.Dispose();
        if (OperatingSystem.IsLinux() && OpenSslEcPublicKey.IsAvailable)
        {
            Assert.NotNull(EcPublicKeyImport.TryImport(info, 32, out var key));
            Assert.Null(key);
        }
    }

    [Fact]
    public void TryImport_SmallXPointPlusPrime_IsOnTheCurveOnlyModuloThePrime()
    {
        // The range check must come from the decoder, not the curve equation: (x + p, y) satisfies it modulo p.
        var (x, y) = SmallXPoint();
        Assert.Null(EcPublicKeyImport.TryImport(SpkiP256(Point(x, y)), 32, out var canonical));
        canonical!.Dispose();

        Assert.NotNull(EcPublicKeyImport.TryImport(SpkiP256(Point(x + P256Prime, y)), 32, out var key));
        Assert.Null(key);
    }

    private static byte[] P256Info(string tampering)
    {
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = signer.ExportParameters(false).Q;
        byte[] point = [0x04, .. q.X!, .. q.Y!];
        var (smallX, smallY) = SmallXPoint();
        return tampering switch
        {
            "y-off-by-one" => SpkiP256([.. point[..^1], (byte)(point[^1] ^ 1)]),
            "x-plus-prime" => SpkiP256(Point(smallX + P256Prime, smallY)),
            "x-is-prime" => SpkiP256(Point(P256Prime, smallY)),
            "compressed" => SpkiP256([(byte)(0x02 | (q.Y![^1] & 1)), .. q.X!]),
            "infinity" => SpkiP256([0x00]),
            "hybrid" => SpkiP256([(byte)(0x06 | (q.Y![^1] & 1)), .. point[1..]]),
            "one-byte-short" => SpkiP256(point[..^1]),
            "one-byte-long" => SpkiP256([.. point, 0x00]),
            "p384-length" => SpkiP256([.. point, .. new byte[32]]),
            "unused-bits" => SpkiP256(Point(smallX, OddY(smallY)), unusedBits: 1),
            "all-zero" => SpkiP256([0x04, .. new byte[64]]),
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };
    }

    // The P-256 point with the smallest x >= 1 (so that x + p still fits in 32 bytes); p = 3 mod 4 gives the root.
    private static (BigInteger X, BigInteger Y) SmallXPoint()
    {
        for (BigInteger x = 1; ; x++)
        {
            var right = Mod((x * x * x) - (3 * x) + P256B);
            var y = BigInteger.ModPow(right, (P256Prime + 1) / 4, P256Prime);
            if (Mod(y * y) == right)
            {
                return (x, y);
            }
        }
    }

    // The point's other y when this one is even: with the last bit then cleared (one unused bit), the point is off
    // the curve, so both imports must refuse it whatever the key (a random key's y was even half the time).
    private static BigInteger OddY(BigInteger y) => y.IsEven ? P256Prime - y : y;

    private static BigInteger Mod(BigInteger value) => ((value % P256Prime) + P256Prime) % P256Prime;

    private static byte[] Point(BigInteger x, BigInteger y) => [0x04, .. Coordinate(x), .. Coordinate(y)];

    private static byte[] Coordinate(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.True(bytes.Length <= 32);
        return [.. new byte[32 - bytes.Length], .. bytes];
    }

    private static byte[] SpkiP256(byte[] point, int unusedBits = 0)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(EcPublicKey);
                writer.WriteObjectIdentifier("1.2.840.10045.3.1.7");
            }

            if (unusedBits != 0)
            {
                point[^1] &= 0xFE;
            }

            writer.WriteBitString(point, unusedBits);
        }

        return writer.Encode();
    }
}

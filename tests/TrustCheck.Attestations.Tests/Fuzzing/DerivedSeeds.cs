using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Pep740;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// The parts inside the real vectors (read in place, decoded in memory, never stored): every bundle the PEP 740 and
/// conformance vectors hold, and from them the signing certificates, checkpoints, statements and RFC 3161 tokens.
/// </summary>
internal static class DerivedSeeds
{
    private static readonly Lazy<IReadOnlyList<SigstoreBundle>> LazyBundles = new(LoadBundles);

    /// <summary>Every bundle that parses.</summary>
    public static IReadOnlyList<SigstoreBundle> Bundles => LazyBundles.Value;

    /// <summary>Every distinct signing certificate (DER).</summary>
    public static IReadOnlyList<byte[]> Certificates => Distinct(Bundles.Where(b => b.Certificate is not null).Select(b => b.Certificate!.Value.ToArray()).Where(IsCertificate));

    /// <summary>Every distinct checkpoint note (UTF-8).</summary>
    public static IReadOnlyList<byte[]> Checkpoints =>
        Distinct(Bundles.SelectMany(b => b.TransparencyLogEntries).Where(e => e.CheckpointEnvelope is not null).Select(e => Encoding.UTF8.GetBytes(e.CheckpointEnvelope!)));

    /// <summary>Every distinct DSSE payload (in-toto statements).</summary>
    public static IReadOnlyList<byte[]> Statements => Distinct(Bundles.Where(b => b.DsseEnvelope is not null).Select(b => b.DsseEnvelope!.Payload.ToArray()));

    /// <summary>Every distinct RFC 3161 timestamp with the signature it covers and the trusted root of its vector.</summary>
    public static IReadOnlyList<(byte[] Token, byte[] Signature)> Timestamps =>
    [
        .. Bundles.SelectMany(b => b.Rfc3161Timestamps.Select(t => (t.ToArray(), (b.DsseEnvelope?.Signatures[0] ?? b.MessageSignature!.Signature).ToArray())))
            .DistinctBy(t => Convert.ToBase64String(t.Item1)),
    ];

    /// <summary>Every transparency-log entry body (canonicalized).</summary>
    public static IReadOnlyList<byte[]> LogBodies => Distinct(Bundles.SelectMany(b => b.TransparencyLogEntries).Select(e => e.CanonicalizedBody.ToArray()));

    private static List<SigstoreBundle> LoadBundles()
    {
        var bundles = new List<SigstoreBundle>();
        foreach (var attestation in Pep740Seed.Attestations())
        {
            using var document = JsonDocument.Parse(attestation);
            if (Pep740Attestation.TryToBundle(document.RootElement, out var bundle) is null)
            {
                bundles.Add(bundle!);
            }
        }

        foreach (var seed in ConformanceSeed.All)
        {
            if (BundleReader.TryRead(seed.Bundle, out var bundle) is null)
            {
                bundles.Add(bundle!);
            }
        }

        return bundles;
    }

    private static bool IsCertificate(byte[] der)
    {
        try
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(der);
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static byte[][] Distinct(IEnumerable<byte[]> items) => [.. items.DistinctBy(Convert.ToBase64String)];
}

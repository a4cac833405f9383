using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.TestKit;

namespace TrustCheck.Benchmarks.Attestations;

/// <summary>The real PEP 740 attestation and trusted root the verification benchmarks use, read from ../shared in place.</summary>
public static class RealAttestation
{
    public static DistributionIdentity Distribution { get; } = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");

    public static JsonElement Attestation()
    {
        using var document = SharedData.ReadJson("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json");
        return document.RootElement.GetProperty("attestation_bundles")[0].GetProperty("attestations")[0].Clone();
    }

    public static byte[] Provenance() => File.ReadAllBytes(SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json"));

    public static TrustedRoot Root()
    {
        var failure = TrustedRoot.TryParse(File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")), out var root);
        return root ?? throw new InvalidOperationException(failure?.ToString());
    }

    /// <summary>The publisher that signed the attestation.</summary>
    public static IIdentityPolicy Policy() => new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml");

    /// <summary>The attestation as a Sigstore bundle.</summary>
    public static SigstoreBundle Bundle(JsonElement attestation) =>
        Pep740Attestation.TryToBundle(attestation, out var bundle) is { } failure
            ? throw new InvalidOperationException(failure.ToString())
            : bundle!;

    /// <summary>The bundle's signing certificate, read as the verifier reads it (the caller disposes it).</summary>
    internal static SigningCertificate SigningCertificate(SigstoreBundle bundle) =>
        TrustCheck.Attestations.Certificates.SigningCertificate.TryLoad(bundle.Certificate!.Value.Span, out var signing) is { } failure
            ? throw new InvalidOperationException(failure)
            : signing!;

    /// <summary>The DER structure of the bundle's signing certificate.</summary>
    internal static CertificateStructure LeafStructure(SigstoreBundle bundle) =>
        CertificateStructure.TryRead(bundle.Certificate!.Value, out var structure)
            ? structure!
            : throw new InvalidOperationException("The benchmark attestation's certificate is malformed.");
}

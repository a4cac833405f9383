using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Dsse;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Benchmarks.Attestations;

/// <summary>
/// Verification of one real PEP 740 attestation (warm: trusted root parsed and CA links verified once), and its
/// hot stages on their own.
/// </summary>
[MemoryDiagnoser]
public class VerificationBenchmarks
{
    private TrustedRoot _root = null!;
    private Pep740Verifier _verifier = null!;
    private JsonElement _attestation;
    private byte[] _provenance = [];
    private IIdentityPolicy _policy = null!;
    private SigstoreBundle _bundle = null!;
    private SigningCertificate _signing = null!;
    private VerificationKey _leafKey = null!;
    private LeafCertificate _leaf = null!;
    private X509Certificate2 _issuer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = RealAttestation.Root();
        _verifier = new Pep740Verifier(_root);
        _attestation = RealAttestation.Attestation();
        _provenance = RealAttestation.Provenance();
        _policy = RealAttestation.Policy();
        _bundle = RealAttestation.Bundle(_attestation);
        _signing = RealAttestation.SigningCertificate(_bundle);
        _leaf = _signing.Leaf;
        _leafKey = _signing.Key;
        _issuer = _root.CertificateAuthorities[1].Certificates[0];
        if (FullAttestation().Status != AttestationStatus.Verified)
        {
            throw new InvalidOperationException("The benchmark attestation must verify.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _signing.Dispose();
        _root.Dispose();
    }

    [Benchmark(Baseline = true)]
    public AttestationVerificationResult FullAttestation() =>
        _verifier.VerifyAttestation(_attestation, RealAttestation.Distribution, _policy);

    [Benchmark]
    public ProvenanceVerificationResult FullProvenanceFromBytes() =>
        _verifier.VerifyProvenance(_provenance, RealAttestation.Distribution);

    [Benchmark]
    public bool PaeAndDsseSignature()
    {
        var envelope = _bundle.DsseEnvelope!;
        return _leafKey.Verify(PreAuthenticationEncoding.Encode(envelope.PayloadType, envelope.Payload.Span), envelope.Signatures[0].Span);
    }

    [Benchmark]
    public bool MerkleInclusionProof() =>
        _bundle.TransparencyLogEntries[0].InclusionProof!.Verify(_bundle.TransparencyLogEntries[0].CanonicalizedBody.Span) is null;

    [Benchmark]
    public bool SignedCertificateTimestamp() => SctVerifier.Verify(_leaf, _issuer, _root) is null;

    [Benchmark]
    public bool CheckpointSignature()
    {
        _ = Checkpoint.TryParse(_bundle.TransparencyLogEntries[0].CheckpointEnvelope, out var checkpoint);
        return _root.TransparencyLogs[0].Key.Verify(checkpoint!.SignedText.Span, checkpoint.Signatures[0].Signature.Span);
    }

    [Benchmark]
    public byte[] Sha256OfStatement() => SHA256.HashData(_bundle.DsseEnvelope!.Payload.Span);
}

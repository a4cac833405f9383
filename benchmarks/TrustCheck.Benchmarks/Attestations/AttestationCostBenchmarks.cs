using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.Attestations.Verification.Stages;

namespace TrustCheck.Benchmarks.Attestations;

/// <summary>
/// One real PEP 740 attestation against its crypto floor, in one run so the ratio holds on a noisy machine: the
/// baseline is the five bare ECDSA verifications no verifier can skip (the leaf certificate's P-384 signature by the
/// Fulcio intermediate; the P-256 signed entry timestamp, SCT, checkpoint and DSSE signatures), over bytes built in
/// setup with keys imported in setup. Every other method is one stage of the verification on its own (with what the
/// earlier stages establish prepared in setup), so the non-crypto cost shows where it is.
/// </summary>
[MemoryDiagnoser]
public class AttestationCostBenchmarks
{
    private TrustedRoot _root = null!;
    private Pep740Verifier _verifier = null!;
    private JsonElement _attestation;
    private IIdentityPolicy _policy = null!;
    private SigstoreBundle _bundle = null!;
    private SigningCertificate _signing = null!;
    private LeafCertificate _leaf = null!;
    private CertificateStructure _leafStructure = null!;
    private TransparencyLog _log = null!;
    private X509Certificate2 _issuer = null!;
    private DateTimeOffset _integrated;
    private CertificateChainValidator _chain = null!;
    private ECDsa _issuerKey = null!;
    private ECDsa _leafKey = null!;
    private ECDsa _rekorKey = null!;
    private ECDsa _ctKey = null!;
    private byte[] _tbs = [];
    private byte[] _tbsSignature = [];
    private byte[] _pae = [];
    private byte[] _dsseSignature = [];
    private byte[] _promise = [];
    private byte[] _promiseSignature = [];
    private byte[] _sctData = [];
    private byte[] _sctSignature = [];
    private byte[] _checkpointText = [];
    private byte[] _checkpointSignature = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = RealAttestation.Root();
        _verifier = new Pep740Verifier(_root);
        _attestation = RealAttestation.Attestation();
        _policy = RealAttestation.Policy();
        _bundle = RealAttestation.Bundle(_attestation);
        var entry = _bundle.TransparencyLogEntries[0];
        _signing = RealAttestation.SigningCertificate(_bundle);
        _leaf = _signing.Leaf;
        _leafStructure = RealAttestation.LeafStructure(_bundle);
        _log = _root.FindTransparencyLog(entry.LogId.Span)!;
        _integrated = DateTimeOffset.FromUnixTimeSeconds(entry.IntegratedTime);
        _chain = new CertificateChainValidator();
        _issuer = _chain.FindIssuer(_leaf, _root.CertificateAuthorities, _integrated, out _)!;

        _issuerKey = _issuer.GetECDsaPublicKey()!;
        _tbs = _leafStructure.ToBeSigned.ToArray();
        _tbsSignature = _leafStructure.Signature.ToArray();
        _leafKey = ImportP256(_leaf.SubjectPublicKeyInfo.Span);
        _pae = _bundle.DsseEnvelope!.PreAuthenticationEncoding();
        _dsseSignature = _bundle.DsseEnvelope.Signatures[0].ToArray();
        _rekorKey = ImportP256(_log.Key.SubjectPublicKeyInfo.Span);
        _promise = InclusionPromiseStage.Payload(entry);
        _promiseSignature = entry.SignedEntryTimestamp!.Value.ToArray();
        _ = SignedCertificateTimestamp.TryReadList(_leaf.FindExtension(FulcioOids.SignedCertificateTimestampList)!.Value.Span, out var scts);
        var ctLog = _root.FindCertificateTransparencyLog(scts[0].LogId.Span)!;
        _ctKey = ImportP256(ctLog.Key.SubjectPublicKeyInfo.Span);
        _sctData = SctVerifier.SignedData(scts[0], _leafStructure, IssuerKeyCache.PublicKeyHash(_issuer));
        _sctSignature = scts[0].Signature.ToArray();
        _ = Checkpoint.TryParse(entry.CheckpointEnvelope, out var checkpoint);
        _checkpointText = checkpoint!.SignedText.ToArray();
        _checkpointSignature = checkpoint.Signatures[0].Signature.ToArray();

        if (!CryptoFloor() || FullAttestation().Status != AttestationStatus.Verified)
        {
            throw new InvalidOperationException("The benchmark attestation must verify, signature by signature and as a whole.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var key in new[] { _issuerKey, _leafKey, _rekorKey, _ctKey })
        {
            key.Dispose();
        }

        _signing.Dispose();
        _root.Dispose();
    }

    /// <summary>The five signature verifications of one attestation, nothing else: the floor.</summary>
    [Benchmark(Baseline = true)]
    public bool CryptoFloor() =>
        _issuerKey.VerifyData(_tbs, _tbsSignature, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence)
        & _rekorKey.VerifyData(_promise, _promiseSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
        & _ctKey.VerifyData(_sctData, _sctSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
        & _rekorKey.VerifyData(_checkpointText, _checkpointSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
        & _leafKey.VerifyData(_pae, _dsseSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>One P-384 verification (the leaf certificate's signature), for the floor's composition.</summary>
    [Benchmark]
    public bool OneP384() => _issuerKey.VerifyData(_tbs, _tbsSignature, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>One P-256 verification (the DSSE signature), for the floor's composition.</summary>
    [Benchmark]
    public bool OneP256() => _leafKey.VerifyData(_pae, _dsseSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>
    /// The leaf's key as the verifier imports it for a certificate not seen before (<see cref="EcPublicKeyImport"/>:
    /// OpenSSL 3's <c>EVP_PKEY_fromdata</c> here), and its first verification (the DSSE signature): against
    /// <see cref="OneP256"/>, what a fresh key costs above a warm one.
    /// </summary>
    [Benchmark]
    public bool LeafKeyImportAndVerify()
    {
        _ = EcPublicKeyImport.TryImport(_leaf.SubjectPublicKeyInfo, 32, out var key);
        using (key)
        {
            return key!.VerifyData(_pae, _dsseSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    /// <summary>The same through <c>ECDsa.ImportSubjectPublicKeyInfo</c> (the verifier's import before, and elsewhere than OpenSSL 3).</summary>
    [Benchmark]
    public bool LeafKeyImportAndVerifyPortable()
    {
        _ = EcPublicKeyImport.TryImportPortable(_leaf.SubjectPublicKeyInfo, 32, out var key);
        using (key)
        {
            return key!.VerifyData(_pae, _dsseSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    /// <summary>
    /// The OpenSSL 3 import's once-per-process known-answer test (one P-256 verification, four imports, an export),
    /// paid by the first signing certificate a process reads.
    /// </summary>
    [Benchmark]
    public bool KeyImportSelfTest() => OperatingSystem.IsLinux() && OpenSslEcPublicKeySelfTest.Passes();

    /// <summary>
    /// The whole attestation, from its JSON element to the checked subject, as the first of its signing certificate
    /// (a release's first file): the certificate is decoded and its issuer signature and SCTs verified.
    /// </summary>
    [Benchmark]
    public AttestationVerificationResult FullAttestation()
    {
        _verifier.ForgetSigningCertificates();
        return _verifier.VerifyAttestation(_attestation, RealAttestation.Distribution, _policy);
    }

    /// <summary>The same, for a further attestation with the same signing certificate (a release's other files).</summary>
    [Benchmark]
    public AttestationVerificationResult FullAttestationSameCertificate() =>
        _verifier.VerifyAttestation(_attestation, RealAttestation.Distribution, _policy);

    [Benchmark]
    public SigstoreBundle? ParseAttestation() => Pep740Attestation.TryToBundle(_attestation, out var bundle) is null ? bundle : null;

    /// <summary>The shape stage for a certificate not seen before: it reads the certificate and imports its key.</summary>
    [Benchmark]
    public VerificationFailure? StageShape()
    {
        using var context = Context();
        return new BundleShapeStage().Run(context);
    }

    [Benchmark]
    public VerificationFailure? StageTrustedLog() => new TrustedLogStage().Run(Context());

    [Benchmark]
    public VerificationFailure? StageInclusionPromise() => new InclusionPromiseStage().Run(Prepared());

    /// <summary>The chain stage for a certificate not seen before (its issuer signature not yet remembered).</summary>
    [Benchmark]
    public string? StageChain() =>
        _chain.FindIssuer(_leaf, _root.CertificateAuthorities, _integrated, out var error) is null
            ? error
            : LeafProfile.Check(_leaf);

    /// <summary>The SCT stage for a certificate not seen before.</summary>
    [Benchmark]
    public string? StageSct() => SctVerifier.Verify(_leaf, _issuer, _root);

    [Benchmark]
    public VerificationFailure? StageIdentity() => new IdentityStage().Run(Prepared());

    [Benchmark]
    public VerificationFailure? StageInclusionProof() => new InclusionProofStage().Run(Prepared());

    [Benchmark]
    public VerificationFailure? StageCheckpoint() => new CheckpointStage().Run(Prepared());

    [Benchmark]
    public VerificationFailure? StageLogBody() => new LogBodyStage().Run(Prepared());

    [Benchmark]
    public VerificationFailure? StageSignature() => new SignatureStage().Run(Prepared());

    [Benchmark]
    public VerificationFailure? StatementAndSubject() =>
        InTotoStatement.TryParse(_bundle.DsseEnvelope!.Payload.Span, out var statement) ?? SubjectMatcher.Check(statement!, RealAttestation.Distribution);

    private static ECDsa ImportP256(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        return key;
    }

    private BundleVerificationContext Context() => new(_bundle, _root, _policy, ArtifactExpectation.DsseSubject);

    // Not disposed: it holds the shared leaf, which setup owns.
    private BundleVerificationContext Prepared()
    {
        var context = Context();
        context.Leaf = _leaf;
        context.LeafStructure = _leafStructure;
        context.Log = _log;
        context.Issuer = _issuer;
        context.VerifiedTimes.Add(_integrated);
        context.LeafKey = _signing.Key;
        context.Material = VerificationMaterial.ForCertificate(_bundle.Certificate!.Value, _signing.Key);
        return context;
    }
}

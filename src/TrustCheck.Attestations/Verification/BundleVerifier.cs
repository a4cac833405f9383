using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Timestamps;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification.Stages;

namespace TrustCheck.Attestations.Verification;

/// <summary>
/// Verifies Sigstore bundles offline against one trusted root: a fixed pipeline of small stages (shape, trusted
/// log, inclusion promise, timestamps, signing time, chain, SCT, identity, inclusion proof, checkpoint, log body,
/// signature), stopping at the first failure. Nothing is reported verified unless every stage passed. Bundles signed
/// with a managed key run the same stages without chain, SCT and identity, with a key-hint check instead
/// (see <see cref="PublicKeyPolicy"/>).
/// Thread-safe; create one per trusted root and reuse it, so verified CA links are remembered, and so are signing
/// certificates (by their exact bytes) with their issuer signature and SCTs, which a release's files usually share.
/// </summary>
public sealed partial class BundleVerifier
{
    private readonly TrustedRoot _root;
    private readonly IBundleVerificationStage[] _stages;
    private readonly IBundleVerificationStage[] _keyStages;
    private readonly SigningCertificateCache _signingCertificates = new();

    /// <summary>Creates a verifier for a trusted root.</summary>
    /// <param name="root">The trusted root; the caller keeps ownership.</param>
    public BundleVerifier(TrustedRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = root;
        var chainValidator = new CertificateChainValidator();
        var shape = new BundleShapeStage();
        var trustedLog = new TrustedLogStage();
        var promise = new InclusionPromiseStage();
        var timestamps = new TimestampStage(new Rfc3161TimestampVerifier(chainValidator));
        var signingTime = new SigningTimeStage();
        var proof = new InclusionProofStage();
        var checkpoint = new CheckpointStage();
        var logBody = new LogBodyStage();
        var signature = new SignatureStage();
        _stages =
        [
            shape, trustedLog, promise, timestamps, signingTime,
            new CertificateChainStage(chainValidator), new SctStage(), new IdentityStage(),
            proof, checkpoint, logBody, signature,
        ];
        _keyStages = [shape, new KeyHintStage(), trustedLog, promise, timestamps, signingTime, proof, checkpoint, logBody, signature];
    }

    /// <summary>Forgets the signing certificates seen so far, so the next bundle is verified as a release's first.</summary>
    internal void ForgetSigningCertificates() => _signingCertificates.Clear();

    /// <summary>
    /// Runs a stage; malformed input that a decoder rejects by throwing (DER, PEM, base64, JSON) becomes a failure
    /// of the bundle, never an exception, and never a pass.
    /// </summary>
    private static VerificationFailure? RunGuarded(IBundleVerificationStage stage, BundleVerificationContext context)
    {
        try
        {
            return stage.Run(context);
        }
        catch (Exception error) when (error is System.Security.Cryptography.CryptographicException or System.Formats.Asn1.AsnContentException
            or FormatException or ArgumentException or System.Text.Json.JsonException or InvalidCastException or IndexOutOfRangeException or OverflowException
            or NotSupportedException)
        {
            return new VerificationFailure(VerificationStage.Bundle, $"malformed input rejected by {stage.GetType().Name.Replace("Stage", string.Empty, StringComparison.Ordinal)}: {error.Message}");
        }
    }

    /// <summary>Verifies a bundle.</summary>
    /// <param name="bundle">The parsed bundle.</param>
    /// <param name="policy">Who must have signed.</param>
    /// <param name="artifact">For message signatures, the artifact digest; <see cref="ArtifactExpectation.DsseSubject"/> for attestations.</param>
    /// <returns>The outcome; never throws for bad input.</returns>
    public BundleVerificationResult Verify(SigstoreBundle bundle, IIdentityPolicy policy, ArtifactExpectation artifact)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(artifact);
        using var context = new BundleVerificationContext(bundle, _root, policy, artifact) { SigningCertificates = _signingCertificates };
        return Run(_stages, context);
    }

    private static BundleVerificationResult Run(IBundleVerificationStage[] stages, BundleVerificationContext context)
    {
        foreach (var stage in stages)
        {
            var failure = RunGuarded(stage, context);
            if (failure is not null)
            {
                return new BundleVerificationResult { Failure = failure, Identity = context.Identity };
            }
        }

        return new BundleVerificationResult
        {
            Identity = context.Identity,
            Envelope = context.Bundle.DsseEnvelope,
            SigningTimes = [.. context.VerifiedTimes],
        };
    }
}

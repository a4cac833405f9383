using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Verification;

/// <summary>
/// What the stages of one bundle verification establish and hand to the next. Exactly one of
/// <see cref="Policy"/> (certificate bundles) and <see cref="KeyPolicy"/> (managed-key bundles) is set.
/// </summary>
internal sealed class BundleVerificationContext : IDisposable
{
    /// <summary>Where the verifier keeps decoded signing certificates; null to decode each one for this bundle alone.</summary>
    public SigningCertificateCache? SigningCertificates { get; init; }

    /// <summary>The decoded signing certificate; <see cref="Leaf"/>, <see cref="LeafStructure"/> and <see cref="LeafKey"/> are its parts.</summary>
    public SigningCertificate? Signing { get; set; }

    /// <summary>True when the leaf belongs to <see cref="SigningCertificates"/>, so this context must not dispose it.</summary>
    public bool LeafIsShared { get; set; }


    public BundleVerificationContext(SigstoreBundle bundle, TrustedRoot root, IIdentityPolicy policy, ArtifactExpectation artifact)
        : this(bundle, root, artifact) => Policy = policy;

    public BundleVerificationContext(SigstoreBundle bundle, TrustedRoot root, PublicKeyPolicy keyPolicy, ArtifactExpectation artifact)
        : this(bundle, root, artifact)
    {
        KeyPolicy = keyPolicy;
        Material = VerificationMaterial.ForKey(keyPolicy);
    }

    private BundleVerificationContext(SigstoreBundle bundle, TrustedRoot root, ArtifactExpectation artifact)
    {
        Bundle = bundle;
        Root = root;
        Artifact = artifact;
    }

    public SigstoreBundle Bundle { get; }

    public TrustedRoot Root { get; }

    /// <summary>Who must have signed a certificate bundle; null for managed-key verification.</summary>
    public IIdentityPolicy? Policy { get; }

    /// <summary>The key that must have signed a managed-key bundle; null for certificate verification.</summary>
    public PublicKeyPolicy? KeyPolicy { get; }

    public ArtifactExpectation Artifact { get; }

    public TransparencyLogEntry Entry => Bundle.TransparencyLogEntries[0];

    /// <summary>What verifies the signature and what the log body must record; set by the shape stage for certificates.</summary>
    public VerificationMaterial Material { get; set; } = null!;

    public LeafCertificate Leaf { get; set; } = null!;

    public CertificateStructure LeafStructure { get; set; } = null!;

    public VerificationKey LeafKey { get; set; } = null!;

    public TransparencyLog Log { get; set; } = null!;

    public List<DateTimeOffset> VerifiedTimes { get; } = [];

    public X509Certificate2? Issuer { get; set; }

    public FulcioIdentity? Identity { get; set; }

    public void Dispose()
    {
        if (!LeafIsShared)
        {
            LeafKey?.Dispose();
        }
    }
}

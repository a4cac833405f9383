using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Verification;

/// <summary>What the stages of one bundle verification establish and hand to the next.</summary>
internal sealed class BundleVerificationContext(SigstoreBundle bundle, TrustedRoot root, IIdentityPolicy policy, ArtifactExpectation artifact) : IDisposable
{
    /// <summary>Where the verifier keeps decoded signing certificates; null to decode each one for this bundle alone.</summary>
    public SigningCertificateCache? SigningCertificates { get; init; }

    /// <summary>The decoded signing certificate; <see cref="Leaf"/>, <see cref="LeafStructure"/> and <see cref="LeafKey"/> are its parts.</summary>
    public SigningCertificate? Signing { get; set; }

    /// <summary>True when the leaf belongs to <see cref="SigningCertificates"/>, so this context must not dispose it.</summary>
    public bool LeafIsShared { get; set; }

    public SigstoreBundle Bundle { get; } = bundle;

    public TrustedRoot Root { get; } = root;

    public IIdentityPolicy Policy { get; } = policy;

    public ArtifactExpectation Artifact { get; } = artifact;

    public TransparencyLogEntry Entry => Bundle.TransparencyLogEntries[0];

    public X509Certificate2 Leaf { get; set; } = null!;

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
            Leaf?.Dispose();
            LeafKey?.Dispose();
        }
    }
}

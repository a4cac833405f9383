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
        Leaf?.Dispose();
        LeafKey?.Dispose();
    }
}

using System.Security.Cryptography;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// One sigstore-conformance style case under <c>../shared/vectors/conformance</c>, run the way the conformance
/// suite runs a client: bundle, artifact, identity and issuer, optional custom trusted root.
/// </summary>
internal sealed record ConformanceCase(string Directory)
{
    private const string DefaultIdentity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string DefaultIssuer = "https://token.actions.githubusercontent.com";

    private static readonly string[] Folders = ["bundle-verify", "sigstore-python"];

    public string Name => Path.GetFileName(Directory);

    public bool ExpectedToPass => !Name.EndsWith("_fail", StringComparison.Ordinal);

    public static IEnumerable<string> All() =>
        Folders
            .SelectMany(folder => System.IO.Directory.GetDirectories(SharedData.PathOf("vectors/conformance/" + folder)))
            .Select(path => Path.GetRelativePath(SharedData.PathOf("vectors/conformance"), path))
            .Order(StringComparer.Ordinal);

    /// <summary>Runs the case: null when verification passed, otherwise the failure.</summary>
    public VerificationFailure? Run()
    {
        var rootPath = File.Exists(Path.Combine(Directory, "trusted_root.json"))
            ? Path.Combine(Directory, "trusted_root.json")
            : SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");
        var rootFailure = TrustedRoot.TryParse(File.ReadAllBytes(rootPath), out var root);
        if (rootFailure is not null)
        {
            return rootFailure;
        }

        using (root)
        {
            var bundleFailure = BundleReader.TryRead(File.ReadAllBytes(Path.Combine(Directory, "bundle.sigstore.json")), out var bundle);
            if (bundleFailure is not null)
            {
                return bundleFailure;
            }

            var artifactPath = File.Exists(Path.Combine(Directory, "artifact")) ? Path.Combine(Directory, "artifact") : Path.Combine(Directory, "..", "a.txt");
            var artifactDigest = SHA256.HashData(File.ReadAllBytes(artifactPath));
            var expectation = bundle!.DsseEnvelope is null ? new ArtifactExpectation(artifactDigest) : ArtifactExpectation.DsseSubject;
            BundleVerificationResult result;
            var keyPath = Path.Combine(Directory, "key.pub");
            if (File.Exists(keyPath))
            {
                // Managed-key cases: verify with the case's PEM key instead of a certificate identity.
                var keyFailure = PublicKeyPolicy.TryFromPem(File.ReadAllText(keyPath), out var key);
                if (keyFailure is not null)
                {
                    return new VerificationFailure(VerificationStage.Bundle, keyFailure);
                }

                using (key)
                {
                    result = new BundleVerifier(root!).Verify(bundle, key!, expectation with { Content = File.ReadAllBytes(artifactPath) });
                }
            }
            else
            {
                result = new BundleVerifier(root!).Verify(bundle, new IdentityPolicy(ReadOr("identity", DefaultIdentity), ReadOr("issuer", DefaultIssuer)), expectation);
            }

            if (!result.IsVerified || result.Envelope is null)
            {
                return result.Failure;
            }

            var statementFailure = InTotoStatement.TryParse(result.Envelope.Payload.Span, out var statement);
            if (statementFailure is not null)
            {
                return statementFailure;
            }

            var hex = Convert.ToHexStringLower(artifactDigest);
            return statement!.Subjects.Any(s => s.Digests.TryGetValue("sha256", out var d) && d == hex)
                ? null
                : new VerificationFailure(VerificationStage.Subject, "no statement subject has the artifact's digest");
        }
    }

    private string ReadOr(string file, string fallback)
    {
        var path = Path.Combine(Directory, file);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : fallback;
    }
}

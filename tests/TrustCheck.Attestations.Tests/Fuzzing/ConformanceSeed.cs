using System.Security.Cryptography;
using TrustCheck.Attestations.Policies;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// One sigstore-conformance bundle case under <c>../shared/vectors/conformance</c> (read in place), with what
/// verifying it needs, set up the way <see cref="Verification.ConformanceCase"/> runs it.
/// </summary>
internal sealed record ConformanceSeed(string Name, byte[] Bundle, string TrustedRootPath, byte[] ArtifactDigest, IIdentityPolicy Policy, bool ExpectedToPass)
{
    private const string DefaultIdentity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string DefaultIssuer = "https://token.actions.githubusercontent.com";

    private static readonly Lazy<IReadOnlyList<ConformanceSeed>> LazyAll = new(Load);

    /// <summary>Every case that has a bundle.</summary>
    public static IReadOnlyList<ConformanceSeed> All => LazyAll.Value;

    /// <summary>The cases that verify.</summary>
    public static IReadOnlyList<ConformanceSeed> Passing => [.. All.Where(s => s.ExpectedToPass)];

    /// <summary>Every trusted root among the vectors: production, staging and the cases' custom ones.</summary>
    public static IReadOnlyList<byte[]> TrustedRoots() =>
    [
        File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")),
        File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/staging.trusted_root.json")),
        .. All.Select(s => s.TrustedRootPath).Distinct(StringComparer.Ordinal).Where(p => !p.Contains("vectors/trusted_root", StringComparison.Ordinal)).Select(File.ReadAllBytes),
    ];

    private static List<ConformanceSeed> Load()
    {
        var seeds = new List<ConformanceSeed>();
        foreach (var folder in new[] { "bundle-verify", "sigstore-python" })
        {
            foreach (var directory in Directory.GetDirectories(SharedData.PathOf("vectors/conformance/" + folder)).Order(StringComparer.Ordinal))
            {
                var bundlePath = Path.Combine(directory, "bundle.sigstore.json");
                if (!File.Exists(bundlePath))
                {
                    continue;
                }

                var rootPath = File.Exists(Path.Combine(directory, "trusted_root.json"))
                    ? Path.Combine(directory, "trusted_root.json")
                    : SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");
                var artifact = File.Exists(Path.Combine(directory, "artifact")) ? Path.Combine(directory, "artifact") : Path.Combine(directory, "..", "a.txt");
                var name = Path.GetFileName(directory);
                seeds.Add(new ConformanceSeed(
                    folder + "/" + name,
                    File.ReadAllBytes(bundlePath),
                    rootPath,
                    File.Exists(artifact) ? SHA256.HashData(File.ReadAllBytes(artifact)) : new byte[32],
                    new IdentityPolicy(ReadOr(directory, "identity", DefaultIdentity), ReadOr(directory, "issuer", DefaultIssuer)),
                    !name.EndsWith("_fail", StringComparison.Ordinal)));
            }
        }

        return seeds;
    }

    private static string ReadOr(string directory, string file, string fallback)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : fallback;
    }
}

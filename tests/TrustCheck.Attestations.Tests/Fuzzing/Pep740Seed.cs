using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// One real PEP 740 vector under <c>../shared/vectors/pep740</c> (read in place) with what verifying it needs: its
/// trusted root, the distribution, and the policy its case names (null: each bundle's own publisher).
/// </summary>
internal sealed record Pep740Seed(string Name, byte[] Input, bool IsProvenance, string TrustedRootPath, DistributionIdentity Distribution, IIdentityPolicy? Policy, bool ExpectedToPass)
{
    private static readonly Lazy<IReadOnlyList<Pep740Seed>> LazyAll = new(Load);

    /// <summary>Every non-optional vector.</summary>
    public static IReadOnlyList<Pep740Seed> All => LazyAll.Value;

    /// <summary>The vectors that verify: the seeds whose mutations must not.</summary>
    public static IReadOnlyList<Pep740Seed> Passing => [.. All.Where(s => s.ExpectedToPass)];

    /// <summary>Every attestation object of every vector, as UTF-8 JSON.</summary>
    public static IReadOnlyList<byte[]> Attestations() =>
        [.. All.SelectMany(seed => AttestationElements(seed)).Select(e => JsonSerializer.SerializeToUtf8Bytes(e))];

    private static IEnumerable<JsonElement> AttestationElements(Pep740Seed seed)
    {
        var root = JsonDocument.Parse(seed.Input).RootElement;
        if (!seed.IsProvenance)
        {
            return [root];
        }

        return root.GetProperty("attestation_bundles").EnumerateArray().SelectMany(b => b.GetProperty("attestations").EnumerateArray());
    }

    private static List<Pep740Seed> Load()
    {
        var seeds = new List<Pep740Seed>();
        foreach (var folder in Directory.GetDirectories(SharedData.PathOf("vectors/pep740")).Order(StringComparer.Ordinal))
        {
            var testCase = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "case.json"))).RootElement;
            if (testCase.TryGetProperty("optional", out var optional) && optional.GetBoolean())
            {
                continue;
            }

            var distribution = testCase.GetProperty("distribution");
            var policy = testCase.GetProperty("policy");
            seeds.Add(new Pep740Seed(
                Path.GetFileName(folder),
                File.ReadAllBytes(Path.Combine(folder, testCase.GetProperty("input").GetString()!)),
                testCase.GetProperty("input_kind").GetString() == "provenance",
                Path.GetFullPath(Path.Combine(folder, testCase.GetProperty("trusted_root").GetString()!)),
                new DistributionIdentity(distribution.GetProperty("filename").GetString()!, distribution.GetProperty("sha256").GetString()!),
                policy.GetProperty("kind").GetString() switch
                {
                    "identity" => new IdentityPolicy(policy.GetProperty("identity").GetString()!, policy.GetProperty("issuer").GetString()),
                    "publisher" => PublisherPolicy(policy.GetProperty("publisher")),
                    _ => null,
                },
                testCase.GetProperty("expected").GetString() == "pass"));
        }

        return seeds;
    }

    private static IIdentityPolicy? PublisherPolicy(JsonElement publisher) =>
        PublisherReader.TryRead(publisher, out var parsed) is null ? parsed!.ToPolicy() : null;
}

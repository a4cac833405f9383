using TrustCheck.Attestations.Tuf;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// The TUF metadata readers on mutations of Sigstore's real production repository (read in place): root versions
/// 2–15 checked against the previous root and themselves, and timestamp, snapshot and targets checked against root
/// 15. Nothing throws, and a mutation meets its role's threshold only when its canonical <c>signed</c> bytes are the
/// original's (whitespace, key order, escapes and extra signatures by unknown keys are not signed).
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class TufMetadataFuzzTests : IDisposable
{
    private readonly List<RootMetadata> _roots = [];

    [Fact]
    public void Root_MutatedRealRoots_NeverMeetThresholdWithChangedContent()
    {
        var trusted = Enumerable.Range(1, 15).Select(version => LoadRoot($"{version}.root.json")).ToList();
        var seeds = Enumerable.Range(2, 14).Select(version => (Bytes: Read($"{version}.root.json"), Trusted: trusted[version - 2], Canonical: trusted[version - 1].Metadata.Canonical)).ToList();
        var current = 0;

        var summary = FuzzCampaign.Run(
            "tuf-root",
            (random, i) => Pep740ParserFuzzTests.Mutate(seeds[current = i % seeds.Count].Bytes, random, i),
            input =>
            {
                var seed = seeds[current];
                if (RootMetadata.TryParse(input, out var root) is not null)
                {
                    return FuzzOutcome.Rejected;
                }

                using (root)
                {
                    var verified = root!.Metadata.VerifyThreshold(seed.Trusted.Roles["root"], seed.Trusted.Keys) is null
                        && root.Metadata.VerifyThreshold(root.Roles["root"], root.Keys) is null;
                    return !verified ? FuzzOutcome.Rejected
                        : root.Metadata.Canonical.AsSpan().SequenceEqual(seed.Canonical) ? FuzzOutcome.Accepted
                        : throw new FuzzFailureException("a root with changed signed content met both thresholds");
                }
            });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    [Fact]
    public void TopLevelRoles_MutatedRealMetadata_NeverMeetThresholdWithChangedContent()
    {
        var root = LoadRoot("15.root.json");
        (string Type, string File, string Entries)[] files = [("timestamp", "timestamp.json", "meta"), ("snapshot", "165.snapshot.json", "meta"), ("targets", "14.targets.json", "targets")];
        var seeds = files.Select(f => (f.Type, f.Entries, Bytes: Read(f.File), Canonical: Parse(Read(f.File), f.Type).Canonical)).ToList();
        var current = 0;

        var summary = FuzzCampaign.Run(
            "tuf-metadata",
            (random, i) => Pep740ParserFuzzTests.Mutate(seeds[current = i % seeds.Count].Bytes, random, i),
            input =>
            {
                var seed = seeds[current];
                if (SignedMetadata.TryParse(input, seed.Type, out var metadata) is not null ||
                    TufMetaReader.TryReadEntries(metadata!.Signed, seed.Entries, versionRequired: seed.Type != "targets", out _) is not null ||
                    metadata.VerifyThreshold(root.Roles[seed.Type], root.Keys) is not null)
                {
                    return FuzzOutcome.Rejected;
                }

                return metadata.Canonical.AsSpan().SequenceEqual(seed.Canonical)
                    ? FuzzOutcome.Accepted
                    : throw new FuzzFailureException($"{seed.Type} metadata with changed signed content met its threshold");
            });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    public void Dispose() => _roots.ForEach(root => root.Dispose());

    private static byte[] Read(string file) => File.ReadAllBytes(SharedData.PathOf("vectors/tuf/sigstore-production/" + file));

    private static SignedMetadata Parse(byte[] bytes, string type)
    {
        Assert.Null(SignedMetadata.TryParse(bytes, type, out var metadata));
        return metadata!;
    }

    private RootMetadata LoadRoot(string file)
    {
        Assert.Null(RootMetadata.TryParse(Read(file), out var root));
        _roots.Add(root!);
        return root!;
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using TrustCheck.Attestations.Tuf;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Tuf;

public sealed class CanonicalJsonTests
{
    public static TheoryData<string> Examples =>
        [.. WorkedExample.Read("vectors/tuf/canonical-json/examples.json").GetProperty("examples").EnumerateArray().Select(e => e.GetRawText())];

    public static TheoryData<string> SignedFiles => ["15.root", "timestamp", "165.snapshot", "14.targets", "8.registry.npmjs.org", "1.root"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Encode_SharedExample_MatchesOrIsRejected(string row)
    {
        var example = JsonDocument.Parse(row).RootElement;
        var input = JsonDocument.Parse(example.GetProperty("input_json").GetString()!).RootElement;

        if (example.TryGetProperty("canonical_utf8_hex", out var hex))
        {
            Assert.Equal(hex.GetString(), Convert.ToHexStringLower(CanonicalJson.Encode(input)));
        }
        else
        {
            Assert.Throws<FormatException>(() => CanonicalJson.Encode(input));
        }
    }

    [Theory]
    [MemberData(nameof(SignedFiles))]
    public void Encode_RealMetadata_IsTheSignedCanonicalBytes(string name)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf($"vectors/tuf/sigstore-production/{name}.json")));

        var canonical = CanonicalJson.Encode(document.RootElement.GetProperty("signed"));

        Assert.Equal(File.ReadAllBytes(SharedData.PathOf($"vectors/tuf/canonical-json/{name}.signed.canonical")), canonical);
        Assert.Equal(32, SHA256.HashData(canonical).Length);
    }
}

using System.Text.Json;

namespace TrustCheck.Packaging.Tests.Versions;

public sealed class PythonVersionVectorTests
{
    private const string File = "versions.json";

    public static TheoryData<string> Valid => PackagingVectors.Rows(PackagingVectors.Section(File, "valid"));

    public static TheoryData<string> Invalid => PackagingVectors.Rows(PackagingVectors.Section(File, "invalid"));

    public static TheoryData<string> Normalized => PackagingVectors.Rows(PackagingVectors.Section(File, "normalized"));

    public static TheoryData<string> Properties => PackagingVectors.Rows(PackagingVectors.Section(File, "properties"));

    public static TheoryData<string> FromParts => PackagingVectors.Rows(PackagingVectors.Section(File, "from_parts"));

    public static TheoryData<string> CanonicalizeVersion => PackagingVectors.Rows(PackagingVectors.Section(File, "canonicalize_version"));

    public static TheoryData<string> EqualPairs => PackagingVectors.Rows(PackagingVectors.Section(File, "equal_pairs"));

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_ValidVersion_Succeeds(string row)
    {
        var text = PackagingVectors.Parse(row).GetString()!;

        Assert.True(PythonVersion.TryParse(text, out var version));
        Assert.Equal(version, PythonVersion.Parse(version.ToString()));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidVersion_ThrowsFormatExceptionNamingInput(string row)
    {
        var text = PackagingVectors.Parse(row).GetString()!;

        Assert.False(PythonVersion.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PythonVersion.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Normalized))]
    public void ToString_AnySpelling_IsTheNormalizedForm(string row)
    {
        var pair = PackagingVectors.Parse(row);

        Assert.Equal(pair[1].GetString(), PythonVersion.Parse(pair[0].GetString()!).ToString());
    }

    [Fact]
    public void Ordering_SharedOrderedList_IsStrictlyIncreasingForEveryPair()
    {
        var versions = PackagingVectors.Section(File, "ordered").Select(e => PythonVersion.Parse(e.GetString()!)).ToArray();
        Assert.NotEmpty(versions);

        for (var i = 0; i < versions.Length; i++)
        {
            for (var j = 0; j < versions.Length; j++)
            {
                var (a, b) = (versions[i], versions[j]);
                Assert.Equal(i < j, a < b);
                Assert.Equal(i <= j, a <= b);
                Assert.Equal(i == j, a == b);
                Assert.Equal(i != j, a != b);
                Assert.Equal(i > j, a > b);
                Assert.Equal(i >= j, a >= b);
                Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(a.CompareTo(b)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void Equality_EquivalentSpellings_AreEqualWithEqualHashes(string row)
    {
        var pair = PackagingVectors.Parse(row);
        var a = PythonVersion.Parse(pair[0].GetString()!);
        var b = PythonVersion.Parse(pair[1].GetString()!);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Properties_MatchTheReference(string row)
    {
        var expected = PackagingVectors.Parse(row);
        var version = PythonVersion.Parse(expected.GetProperty("version").GetString()!);

        Assert.Equal(expected.GetProperty("is_prerelease").GetBoolean(), version.IsPrerelease);
        Assert.Equal(expected.GetProperty("is_postrelease").GetBoolean(), version.IsPostrelease);
        Assert.Equal(expected.GetProperty("is_devrelease").GetBoolean(), version.IsDevrelease);
        Assert.Equal(expected.GetProperty("epoch").GetInt64(), version.Epoch);
        Assert.Equal(expected.GetProperty("release").EnumerateArray().Select(e => e.GetInt64()), version.Release);
        var pre = expected.GetProperty("pre");
        Assert.Equal(
            pre.ValueKind == JsonValueKind.Null ? null : pre[0].GetString() + pre[1].GetInt64(),
            version.Pre?.ToString());
        Assert.Equal(expected.OptionalInt64("post"), version.Post);
        Assert.Equal(expected.OptionalInt64("dev"), version.Dev);
        Assert.Equal(expected.OptionalString("local"), version.Local);
        Assert.Equal(expected.GetProperty("public").GetString(), version.Public);
        Assert.Equal(expected.GetProperty("base_version").GetString(), version.BaseVersion);
        Assert.Equal(expected.GetProperty("major").GetInt64(), version.Major);
        Assert.Equal(expected.GetProperty("minor").GetInt64(), version.Minor);
        Assert.Equal(expected.GetProperty("micro").GetInt64(), version.Micro);
    }

    [Theory]
    [MemberData(nameof(FromParts))]
    public void FromParts_Components_EqualTheParsedVersion(string row)
    {
        var item = PackagingVectors.Parse(row);
        var parts = item.GetProperty("parts");
        var pre = parts.TryGetProperty("pre", out var p) && p.ValueKind != JsonValueKind.Null
            ? PreRelease.Create(p[0].GetString()!, p[1].GetInt64())
            : (PreRelease?)null;

        var version = PythonVersion.FromParts(
            parts.GetProperty("release").EnumerateArray().Select(e => e.GetInt64()),
            parts.OptionalInt64("epoch") ?? 0,
            pre,
            parts.OptionalInt64("post"),
            parts.OptionalInt64("dev"),
            parts.OptionalString("local"));

        Assert.Equal(PythonVersion.Parse(item.GetProperty("equals").GetString()!), version);
        Assert.Equal(PythonVersion.Parse(item.GetProperty("equals").GetString()!).ToString(), version.ToString());
    }

    [Theory]
    [MemberData(nameof(CanonicalizeVersion))]
    public void Canonicalize_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);

        Assert.Equal(item[1].GetString(), PythonVersion.Canonicalize(item[0].GetString()!, item[2].GetBoolean()));
    }
}

using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.Filenames;

public sealed class DistributionFilenameVectorTests
{
    private static JsonElement DistFilenames => PackagingVectors.Parse(File.ReadAllText(SharedData.PathOf("vectors/filenames/dist-filenames.json")));

    public static TheoryData<string> Wheels => PackagingVectors.Rows(PackagingVectors.File("wheel_filenames.json").EnumerateArray());

    public static TheoryData<string> Sdists => PackagingVectors.Rows(PackagingVectors.File("sdist_filenames.json").EnumerateArray());

    public static TheoryData<string> DistValid => PackagingVectors.Rows(DistFilenames.GetProperty("valid").EnumerateArray());

    public static TheoryData<string> DistInvalid => PackagingVectors.Rows(DistFilenames.GetProperty("invalid").EnumerateArray());

    public static TheoryData<string> DistPairs => PackagingVectors.Rows(DistFilenames.GetProperty("pairs").EnumerateArray());

    [Theory]
    [MemberData(nameof(Wheels))]
    public void Parse_WheelVector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var filename = item.GetProperty("filename").GetString()!;
        var validateOrder = item.OptionalBool("validate_order") ?? false;

        if (item.OptionalBool("error") == true)
        {
            Assert.Throws<FormatException>(() => DistributionFilename.Parse(filename, validateOrder));
            return;
        }

        var parsed = DistributionFilename.Parse(filename, validateOrder);
        Assert.Equal(DistributionKind.Wheel, parsed.Kind);
        AssertParsed(item, parsed);
    }

    [Theory]
    [MemberData(nameof(Sdists))]
    public void Parse_SdistVector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var filename = item.GetProperty("filename").GetString()!;

        if (item.OptionalBool("error") == true)
        {
            Assert.False(DistributionFilename.TryParse(filename, out _));
            Assert.Throws<FormatException>(() => DistributionFilename.Parse(filename));
            return;
        }

        var parsed = DistributionFilename.Parse(filename);
        Assert.Equal(DistributionKind.SourceDistribution, parsed.Kind);
        Assert.Equal(item.GetProperty("name").GetString(), parsed.Name.Normalized);
        Assert.Equal(item.GetProperty("version").GetString(), parsed.Version.ToString());
        Assert.Empty(parsed.Tags);
    }

    [Theory]
    [MemberData(nameof(DistValid))]
    public void Parse_AttestationSubjectVector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var expected = item.GetProperty("parsed");

        var parsed = DistributionFilename.Parse(item.GetProperty("filename").GetString()!);

        Assert.Equal(expected.GetProperty("kind").GetString() == "wheel" ? DistributionKind.Wheel : DistributionKind.SourceDistribution, parsed.Kind);
        if (parsed.Kind == DistributionKind.Wheel)
        {
            AssertParsed(expected, parsed);
        }
        else
        {
            Assert.Equal(expected.GetProperty("name").GetString(), parsed.Name.Normalized);
            Assert.Equal(expected.GetProperty("version").GetString(), parsed.Version.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(DistInvalid))]
    public void Parse_InvalidAttestationSubject_ThrowsNamingTheFile(string row)
    {
        var filename = PackagingVectors.Parse(row).GetProperty("filename").GetString()!;

        var error = Assert.Throws<FormatException>(() => DistributionFilename.Parse(filename));

        Assert.Contains(filename, error.Message, StringComparison.Ordinal);
        Assert.False(DistributionFilename.TryParse(filename, out _));
    }

    [Theory]
    [MemberData(nameof(DistPairs))]
    public void Equals_PairVector_MatchesReference(string row)
    {
        var pair = PackagingVectors.Parse(row);
        var a = DistributionFilename.Parse(pair.GetProperty("a").GetString()!);
        var b = DistributionFilename.Parse(pair.GetProperty("b").GetString()!);
        var equal = pair.GetProperty("equal").GetBoolean();

        Assert.Equal(equal, a.Equals(b));
        Assert.Equal(equal, b.Equals(a));
        if (equal)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Theory]
    [InlineData("foo-1.0-py3-none-any.whl", "foo-1.0-py3-none-any.whl")]
    [InlineData("Foo_Bar-1.0-1-cp312-cp312-manylinux_2_17_x86_64.whl", "foo.bar-1.0.0-1-cp312-cp312-manylinux_2_17_x86_64.whl")]
    public void GetHashCode_EqualNames_HashEqually(string a, string b)
    {
        var set = new HashSet<DistributionFilename> { DistributionFilename.Parse(a) };

        Assert.Contains(DistributionFilename.Parse(b), set);
    }

    [Fact]
    public void Parse_TagSetExpandingBeyondTheLimit_IsRejected()
    {
        var many = string.Join('.', Enumerable.Range(0, 20).Select(i => "a" + i));
        var name = $"foo-1.0-{many}-{many}-{many}.whl";

        var error = Assert.Throws<FormatException>(() => DistributionFilename.Parse(name));

        Assert.Contains("8000 tags", error.Message, StringComparison.Ordinal);
    }

    private static void AssertParsed(JsonElement expected, DistributionFilename parsed)
    {
        Assert.Equal(expected.GetProperty("name").GetString(), parsed.Name.Normalized);
        Assert.Equal(expected.GetProperty("version").GetString(), parsed.Version.ToString());
        var build = expected.GetProperty("build");
        Assert.Equal(
            build.GetArrayLength() == 0 ? null : new WheelBuildTag(build[0].GetInt64(), build[1].GetString()!),
            parsed.BuildTag);
        Assert.Equal(expected.GetProperty("tags").Strings().Order(StringComparer.Ordinal), parsed.Tags.Select(t => t.ToString()).Order(StringComparer.Ordinal));
    }
}

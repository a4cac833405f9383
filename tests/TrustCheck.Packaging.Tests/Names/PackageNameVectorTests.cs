namespace TrustCheck.Packaging.Tests.Names;

public sealed class PackageNameVectorTests
{
    private const string File = "names.json";

    public static TheoryData<string> Canonicalize => PackagingVectors.Rows(PackagingVectors.Section(File, "canonicalize"));

    public static TheoryData<string> CanonicalizeInvalid => PackagingVectors.Rows(PackagingVectors.Section(File, "canonicalize_invalid"));

    public static TheoryData<string> IsNormalized => PackagingVectors.Rows(PackagingVectors.Section(File, "is_normalized"));

    [Theory]
    [MemberData(nameof(Canonicalize))]
    public void Normalize_ValidName_GivesCanonicalForm(string row)
    {
        var pair = PackagingVectors.Parse(row);
        var name = pair[0].GetString()!;

        Assert.Equal(pair[1].GetString(), PackageName.Normalize(name));
        Assert.Equal(pair[1].GetString(), PackageName.Parse(name).Normalized);
        Assert.Equal(name, PackageName.Parse(name).Original);
    }

    [Theory]
    [MemberData(nameof(CanonicalizeInvalid))]
    public void Parse_InvalidName_IsRejectedButNormalizeStillWorks(string row)
    {
        var pair = PackagingVectors.Parse(row);
        var name = pair[0].GetString()!;

        Assert.False(PackageName.TryParse(name, out _));
        Assert.Throws<FormatException>(() => PackageName.Parse(name));
        Assert.Equal(pair[1].GetString(), PackageName.Normalize(name));
    }

    [Theory]
    [MemberData(nameof(IsNormalized))]
    public void IsNormalized_MatchesReference(string row)
    {
        var pair = PackagingVectors.Parse(row);

        Assert.Equal(pair[1].GetBoolean(), PackageName.IsNormalized(pair[0].GetString()!));
    }

    [Fact]
    public void Equality_DifferentSpellings_AreOneName()
    {
        Assert.Equal(PackageName.Parse("Foo.Bar"), PackageName.Parse("foo__bar"));
        Assert.True(PackageName.Parse("FOO-bar") == PackageName.Parse("foo_bar"));
        Assert.NotEqual(PackageName.Parse("foobar"), PackageName.Parse("foo-bar"));
    }
}

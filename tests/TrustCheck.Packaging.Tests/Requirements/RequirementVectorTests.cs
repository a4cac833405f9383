namespace TrustCheck.Packaging.Tests.Requirements;

public sealed class RequirementVectorTests
{
    private const string File = "requirements.json";

    public static TheoryData<string> Parse => PackagingVectors.Rows(PackagingVectors.OfKind(File, "parse"));

    public static TheoryData<string> Errors => PackagingVectors.Rows(PackagingVectors.OfKind(File, "error"));

    public static TheoryData<string> Equality => PackagingVectors.Rows(PackagingVectors.OfKind(File, "equality"));

    [Theory]
    [MemberData(nameof(Parse))]
    public void Parse_Vector_SplitsIntoTheReferenceParts(string row)
    {
        var item = PackagingVectors.Parse(row);

        var requirement = Requirement.Parse(item.GetProperty("input").GetString()!);

        Assert.Equal(item.GetProperty("name").GetString(), requirement.Name);
        Assert.Equal(item.GetProperty("extras").Strings(), requirement.Extras);
        Assert.Equal(VersionSpecifierSet.Parse(item.GetProperty("specifier").GetString()!), requirement.Specifier);
        Assert.Equal(item.OptionalString("url"), requirement.Url);
        Assert.Equal(item.OptionalString("marker") is { } marker ? MarkerExpression.Parse(marker) : null, requirement.Marker);
        if (item.OptionalString("str") is { } text)
        {
            Assert.Equal(text, requirement.ToString());
        }

        Assert.Equal(requirement, Requirement.Parse(requirement.ToString()));
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_InvalidRequirement_ThrowsSyntaxError(string row)
    {
        var input = PackagingVectors.Parse(row).GetProperty("input").GetString()!;

        Assert.False(Requirement.TryParse(input, out _));
        Assert.ThrowsAny<FormatException>(() => Requirement.Parse(input));
    }

    [Theory]
    [MemberData(nameof(Equality))]
    public void Equals_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var a = Requirement.Parse(item.GetProperty("a").GetString()!);
        var b = Requirement.Parse(item.GetProperty("b").GetString()!);
        var equal = item.GetProperty("equal").GetBoolean();

        Assert.Equal(equal, a == b);
        if (equal)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        if (item.OptionalBool("same_str") == false)
        {
            Assert.NotEqual(a.ToString(), b.ToString());
        }
    }

    [Fact]
    public void Parse_LegacyParenthesizedForm_ReadsTheSpecifier()
    {
        var requirement = Requirement.Parse("chardet (<3.1.0,>=3.0.2)");

        Assert.Equal("chardet", requirement.Name);
        Assert.Equal(VersionSpecifierSet.Parse(">=3.0.2,<3.1.0"), requirement.Specifier);
        Assert.Equal("chardet<3.1.0,>=3.0.2", requirement.ToString());
    }
}

using System.Text.Json;

namespace TrustCheck.Packaging.Tests.Specifiers;

public sealed class VersionSpecifierVectorTests
{
    private const string File = "specifiers.json";

    public static TheoryData<string> Valid => Rows("valid");

    public static TheoryData<string> ValidSet => Rows("valid_set");

    public static TheoryData<string> Invalid => Rows("invalid");

    public static TheoryData<string> Str => Rows("str");

    public static TheoryData<string> Equality => Rows("equality");

    public static TheoryData<string> Components => Rows("components");

    public static TheoryData<string> PrereleasesProperty => Rows("prereleases_property");

    public static TheoryData<string> SetItems => Rows("set_items");

    public static TheoryData<string> Contains => Rows("contains");

    public static TheoryData<string> FilterCases => Rows("filter");

    public static TheoryData<string> Combine => Rows("combine");

    public static TheoryData<string> SetRelations => Rows("set_relations");

    public static TheoryData<string> Satisfiable => Rows("satisfiable");

    public static TheoryData<string> FilterMatrix => Rows("filter_matrix_computed");

    private static JsonElement Fixtures => PackagingVectors.File(File).GetProperty("fixtures");

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_ValidSpecifier_Succeeds(string row)
    {
        var text = PackagingVectors.Parse(row).GetString()!;

        Assert.True(VersionSpecifier.TryParse(text, out var specifier));
        Assert.Equal(specifier, VersionSpecifier.Parse(specifier.ToString()));
    }

    [Theory]
    [MemberData(nameof(ValidSet))]
    public void TryParse_ValidSet_Succeeds(string row)
    {
        var text = PackagingVectors.Parse(row).GetString()!;

        Assert.True(VersionSpecifierSet.TryParse(text, out var set));
        Assert.Equal(set, VersionSpecifierSet.Parse(set.ToString()));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidSpecifier_ThrowsNamingInput(string row)
    {
        var text = PackagingVectors.Parse(row).GetString()!;

        Assert.False(VersionSpecifier.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => VersionSpecifier.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Str))]
    public void ToString_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var input = item.GetProperty("input").GetString()!;

        var text = IsSet(item) ? VersionSpecifierSet.Parse(input).ToString() : VersionSpecifier.Parse(input).ToString();

        Assert.Equal(item.GetProperty("expected").GetString(), text);
    }

    [Theory]
    [MemberData(nameof(Equality))]
    public void Equals_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var (a, b) = (item.GetProperty("a").GetString()!, item.GetProperty("b").GetString()!);
        var equal = item.GetProperty("equal").GetBoolean();

        if (IsSet(item))
        {
            AssertEquality(VersionSpecifierSet.Parse(a), VersionSpecifierSet.Parse(b), equal);
        }
        else
        {
            AssertEquality(VersionSpecifier.Parse(a), VersionSpecifier.Parse(b), equal);
        }
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Parse_Components_SplitOperatorAndVersion(string row)
    {
        var item = PackagingVectors.Parse(row);

        var specifier = VersionSpecifier.Parse(item[0].GetString()!);

        Assert.Equal(item[1].GetString(), specifier.OperatorText);
        Assert.Equal(item[2].GetString(), specifier.Version);
    }

    [Theory]
    [MemberData(nameof(PrereleasesProperty))]
    public void Prereleases_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);

        Assert.Equal(item[1].ValueKind == JsonValueKind.Null ? null : item[1].GetBoolean(), VersionSpecifier.Parse(item[0].GetString()!).Prereleases);
    }

    [Theory]
    [MemberData(nameof(SetItems))]
    public void Specifiers_SetItems_AreTheClauses(string row)
    {
        var item = PackagingVectors.Parse(row);

        var set = VersionSpecifierSet.Parse(item[0].GetString()!);

        Assert.Equal(item[1].Strings().Order(StringComparer.Ordinal), set.Specifiers.Select(s => s.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Contains))]
    public void Contains_Vector_MatchesReferenceForEveryForm(string row)
    {
        var item = PackagingVectors.Parse(row);
        var text = item.GetProperty("specifier").GetString()!;
        var version = item.GetProperty("version").GetString()!;
        var specPre = item.OptionalBool("spec_prereleases");
        var pre = item.OptionalBool("prereleases");
        var expected = item.GetProperty("expected").GetBoolean();

        foreach (var form in item.GetProperty("forms").Strings())
        {
            var candidate = form == "Version" ? VersionCandidate.FromVersion(PythonVersion.Parse(version)) : VersionCandidate.FromText(version);
            var actual = IsSet(item)
                ? VersionSpecifierSet.Parse(text, specPre).Contains(candidate, pre, item.OptionalBool("installed") ?? false)
                : VersionSpecifier.Parse(text, specPre).Contains(candidate, pre);
            Assert.True(expected == actual, $"{text} contains {form} {version}: expected {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Filter_Vector_KeepsTheReferenceItemsInOrder(string row)
    {
        var item = PackagingVectors.Parse(row);
        var text = item.GetProperty("specifier").GetString()!;
        var specPre = item.OptionalBool("spec_prereleases");
        var pre = item.OptionalBool("prereleases");
        var input = item.GetProperty("input").EnumerateArray().Select(Candidate).ToList();

        var filtered = IsSet(item)
            ? VersionSpecifierSet.Parse(text, specPre).Filter(input, c => c, pre)
            : VersionSpecifier.Parse(text, specPre).Filter(input, c => c, pre);

        Assert.Equal(item.GetProperty("expected").EnumerateArray().Select(Candidate), filtered);
    }

    [Theory]
    [MemberData(nameof(Combine))]
    public void Intersect_Vector_CombinesClausesAndPrereleases(string row)
    {
        var item = PackagingVectors.Parse(row);
        var left = VersionSpecifierSet.Parse(item.GetProperty("left").GetString()!, item.OptionalBool("left_prereleases"));
        var right = VersionSpecifierSet.Parse(item.GetProperty("right").GetString()!, item.OptionalBool("right_prereleases"));

        if (item.OptionalBool("error") == true)
        {
            Assert.Throws<InvalidOperationException>(() => left & right);
            return;
        }

        var combined = left & right;

        Assert.Equal(VersionSpecifierSet.Parse(item.GetProperty("expected").GetString()!), combined);
        Assert.Equal(item.OptionalBool("expected_prereleases"), combined.Prereleases);
        if (item.OptionalBool("expected_unsatisfiable") is { } unsatisfiable)
        {
            Assert.Equal(unsatisfiable, combined.IsUnsatisfiable());
        }
    }

    [Theory]
    [MemberData(nameof(SetRelations))]
    public void SetRelation_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var left = VersionSpecifierSet.Parse(item.GetProperty("left").GetString()!, item.OptionalBool("left_prereleases"));
        var right = VersionSpecifierSet.Parse(item.GetProperty("right").GetString()!, item.OptionalBool("right_prereleases"));
        Func<bool> relation = item.GetProperty("relation").GetString() switch
        {
            "is_subset" => () => left.IsSubsetOf(right),
            "is_superset" => () => left.IsSupersetOf(right),
            _ => () => left.IsDisjointFrom(right),
        };

        if (item.OptionalBool("error") == true)
        {
            Assert.Throws<InvalidOperationException>(() => relation());
        }
        else
        {
            Assert.Equal(item.GetProperty("expected").GetBoolean(), relation());
        }
    }

    [Theory]
    [MemberData(nameof(Satisfiable))]
    public void IsUnsatisfiable_Vector_MatchesReferenceAndFiltering(string row)
    {
        var item = PackagingVectors.Parse(row);
        var specPre = item.OptionalBool("spec_prereleases");
        var set = VersionSpecifierSet.Parse(item.GetProperty("specifier").GetString()!, specPre);
        var satisfiable = item.GetProperty("satisfiable").GetBoolean();

        Assert.Equal(!satisfiable, set.IsUnsatisfiable());

        if (!item.GetProperty("source").GetString()!.Contains("test_post_release_boundary_unsatisfiable", StringComparison.Ordinal) && specPre != true)
        {
            var samples = Fixtures.GetProperty("satisfiable_sample_versions").Strings();
            var kept = specPre is null ? set.Filter(samples, prereleases: true) : set.Filter(samples);
            Assert.Equal(satisfiable, kept.Any());
        }
    }

    [Theory]
    [MemberData(nameof(FilterMatrix))]
    public void Filter_ComputedMatrix_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var set = VersionSpecifierSet.Parse(item.GetProperty("specifier").GetString()!, item.OptionalBool("spec_prereleases"));

        var kept = set.Filter(Fixtures.GetProperty("filter_matrix_items").Strings(), item.OptionalBool("prereleases"));

        Assert.Equal(item.GetProperty("expected").Strings(), kept);
    }

    private static TheoryData<string> Rows(string section) => PackagingVectors.Rows(PackagingVectors.Section(File, section));

    private static bool IsSet(JsonElement item) => item.GetProperty("class").GetString() == "SpecifierSet";

    private static VersionCandidate Candidate(JsonElement element) =>
        element.ValueKind == JsonValueKind.String
            ? VersionCandidate.FromText(element.GetString()!)
            : VersionCandidate.FromVersion(PythonVersion.Parse(element.GetProperty("Version").GetString()!));

    private static void AssertEquality<T>(T a, T b, bool equal)
        where T : IEquatable<T>
    {
        Assert.Equal(equal, a.Equals(b));
        Assert.Equal(equal, b.Equals(a));
        if (equal)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }
}

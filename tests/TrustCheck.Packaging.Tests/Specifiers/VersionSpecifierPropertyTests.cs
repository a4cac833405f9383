using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TrustCheck.Packaging.Tests.Generators;

namespace TrustCheck.Packaging.Tests.Specifiers;

[Properties(Arbitrary = [typeof(SpecifierGenerators)], MaxTest = 200)]
public sealed class VersionSpecifierPropertyTests
{
    [Property]
    public void Parse_FormattedSet_EqualsTheOriginal(VersionSpecifierSet set)
    {
        var reparsed = VersionSpecifierSet.Parse(set.ToString());

        Assert.Equal(set, reparsed);
        Assert.Equal(set.GetHashCode(), reparsed.GetHashCode());
        Assert.Equal(set.ToString(), reparsed.ToString());
    }

    [Property]
    public void Contains_FormattedSet_AgreesWithTheOriginal(VersionSpecifierSet set, PythonVersion version) =>
        Assert.Equal(set.Contains(version), VersionSpecifierSet.Parse(set.ToString()).Contains(version));

    [Property]
    public Property Contains_GreaterOrEqualAndLessThan_AreComplementsForFinals() =>
        Prop.ForAll(
            SpecifierGenerators.Finals().ToArbitrary(),
            SpecifierGenerators.Finals().ToArbitrary(),
            (bound, version) => VersionSpecifier.Parse(">=" + bound).Contains(version) != VersionSpecifier.Parse("<" + bound).Contains(version));

    [Property]
    public void Intersect_Contains_IsTheConjunction(VersionSpecifierSet left, VersionSpecifierSet right, PythonVersion version) =>
        Assert.Equal(left.Contains(version, prereleases: true) && right.Contains(version, prereleases: true), (left & right).Contains(version, prereleases: true));

    [Property]
    public void IsUnsatisfiable_WhenTrue_NoGeneratedVersionMatches(VersionSpecifierSet set, PythonVersion version)
    {
        if (set.IsUnsatisfiable())
        {
            Assert.False(set.Contains(version, prereleases: true));
        }
    }

    [Property]
    public void IsSubsetOf_WhenTrue_EveryMatchOfTheSubsetMatchesTheSuperset(VersionSpecifierSet left, VersionSpecifierSet right, PythonVersion version)
    {
        if (left.IsSubsetOf(right) && left.Contains(version, prereleases: true))
        {
            Assert.True(right.Contains(version, prereleases: true));
        }
    }
}

using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;
using TrustCheck.Providers.Vulnerabilities;

namespace TrustCheck.Tests.Providers.Vulnerabilities;

public sealed class EcosystemRangeTests
{
    [Theory]
    [InlineData("0.9", true)]
    [InlineData("1.26.16", true)]
    [InlineData("1.26.17", false)]
    [InlineData("1.27", false)]
    [InlineData("2.0.0a1", false)]
    [InlineData("2.0.0", true)]
    [InlineData("2.0.5", true)]
    [InlineData("2.0.6", false)]
    [InlineData("2.1", false)]
    public void IntervalContaining_UnsortedEventsWithTwoIntervals_SortsThemInPep440Order(string version, bool affected)
    {
        // PYSEC-2023-192 lists its urllib3 events out of order: 2.0.0, 2.0.6, 0, 1.26.17.
        var range = Range(Introduced("2.0.0"), Fixed("2.0.6"), Introduced("0"), Fixed("1.26.17"));

        Assert.Equal(affected, range.IntervalContaining(PythonVersion.Parse(version)) is not null);
        Assert.Equal([">=0, <1.26.17", ">=2.0.0, <2.0.6"], range.Intervals.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.4", true)]
    [InlineData("1.4.post1", false)]
    [InlineData("1.5", false)]
    [InlineData("0.9", false)]
    public void IntervalContaining_LastAffected_IsInclusive(string version, bool affected) =>
        Assert.Equal(affected, Range(Introduced("1.0"), LastAffected("1.4")).IntervalContaining(PythonVersion.Parse(version)) is not null);

    [Fact]
    public void IntervalContaining_NoUpperEvent_AffectsEveryLaterVersion()
    {
        var range = Range(Introduced("3.0"));

        Assert.NotNull(range.IntervalContaining(PythonVersion.Parse("99.0")));
        Assert.Null(range.IntervalContaining(PythonVersion.Parse("2.9")));
    }

    [Fact]
    public void IntervalContaining_Limit_CapsTheRange()
    {
        var range = Range(Introduced("0"), new OsvEvent { Limit = "2.0" });

        Assert.NotNull(range.IntervalContaining(PythonVersion.Parse("1.9")));
        Assert.Null(range.IntervalContaining(PythonVersion.Parse("2.0")));
    }

    [Fact]
    public void IntervalContaining_PrereleaseOfTheFix_IsStillAffected() =>
        Assert.NotNull(Range(Introduced("0"), Fixed("2.0")).IntervalContaining(PythonVersion.Parse("2.0rc1")));

    [Fact]
    public void IntervalContaining_IntroducedAndFixedAtTheSameVersion_AffectsNothing() =>
        Assert.Null(Range(Fixed("1.0"), Introduced("1.0")).IntervalContaining(PythonVersion.Parse("1.0")));

    [Theory]
    [InlineData("not-a-version", "1.0")]
    [InlineData("0", "soon")]
    public void From_UnparseableEventVersion_AffectsEverythingConservatively(string introduced, string fixedIn)
    {
        var range = Range(Introduced(introduced), Fixed(fixedIn));

        Assert.True(range.IsConservative);
        Assert.NotNull(range.IntervalContaining(PythonVersion.Parse("5.0")));
        Assert.NotNull(range.IntervalContaining(PythonVersion.Parse("0.1")));
    }

    [Fact]
    public void From_UnparseableLimit_IsIgnoredConservatively()
    {
        var range = Range(Introduced("0"), new OsvEvent { Limit = "tip" });

        Assert.True(range.IsConservative);
        Assert.NotNull(range.IntervalContaining(PythonVersion.Parse("5.0")));
    }

    [Theory]
    [InlineData("GIT")]
    [InlineData("SEMVER")]
    public void From_NonEcosystemRange_IsIgnored(string type) =>
        Assert.Null(EcosystemRange.From(new OsvRange { Type = type, Events = [Introduced("0")] }));

    private static EcosystemRange Range(params OsvEvent[] events) =>
        EcosystemRange.From(new OsvRange { Type = "ECOSYSTEM", Events = events })!;

    private static OsvEvent Introduced(string version) => new() { Introduced = version };

    private static OsvEvent Fixed(string version) => new() { Fixed = version };

    private static OsvEvent LastAffected(string version) => new() { LastAffected = version };
}

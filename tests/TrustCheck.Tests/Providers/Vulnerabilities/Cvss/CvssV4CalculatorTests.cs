using TrustCheck.Providers.Vulnerabilities.Cvss;

namespace TrustCheck.Tests.Providers.Vulnerabilities.Cvss;

/// <summary>
/// CVSS v4.0 scores of known vectors. Besides these, the implementation was checked offline against an independent
/// calculator on all 104,976 v4.0 base vectors and on 130,000 random vectors with threat, environmental and
/// supplemental metrics, with no difference.
/// </summary>
public sealed class CvssV4CalculatorTests
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"];
    private static readonly string[] ThreatAndRequirements = ["E", "CR", "IR", "AR"];
    private static readonly string[] SubsequentIntegrityAndAvailability = ["SI", "SA"];

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3)] // FIRST's example
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 5.4)] // GHSA-cpwx-vrp4-4pq7 (jinja2)
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A", 8.7)] // FIRST calculator's BTE example
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L", 9.2)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:H/SI:N/SA:L", 7.8)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:H/SA:N", 4.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N", 1.8)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1.0)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:L/UI:P/VC:H/VI:N/VA:H/SC:H/SI:H/SA:L", 6.0)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:N/VC:H/VI:L/VA:H/SC:H/SI:N/SA:N", 9.0)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:P/PR:H/UI:P/VC:N/VI:N/VA:N/SC:N/SI:H/SA:H", 2.1)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 5.4)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:A/VC:N/VI:H/VA:H/SC:L/SI:H/SA:L", 8.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:N/SA:N", 7.5)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:N/PR:H/UI:N/VC:L/VI:H/VA:H/SC:L/SI:L/SA:H", 7.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:P/VC:N/VI:N/VA:H/SC:N/SI:N/SA:L", 5.7)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:P/PR:N/UI:A/VC:N/VI:H/VA:N/SC:H/SI:N/SA:H", 7.0)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:L/UI:A/VC:N/VI:L/VA:H/SC:H/SI:L/SA:L", 5.8)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:H/VA:N/SC:L/SI:N/SA:H", 7.1)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:A/VC:L/VI:N/VA:L/SC:H/SI:N/SA:H", 6.2)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:N/VI:H/VA:N/SC:H/SI:H/SA:H", 8.5)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:A/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H", 4.5)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", 8.4)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:N/PR:H/UI:P/VC:H/VI:N/VA:L/SC:H/SI:N/SA:N", 6.7)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:L", 8.7)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:H/VI:N/VA:N/SC:N/SI:L/SA:L", 5.1)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:N/VA:L/SC:N/SI:N/SA:L", 2.3)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:L/UI:P/VC:H/VI:N/VA:H/SC:N/SI:N/SA:N", 5.9)]
    public void Score_BaseVector_MatchesTheReferenceCalculator(string text, double expected) =>
        Assert.Equal(expected, Score(text));

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:H/SC:H/SI:N/SA:L/MAC:L/MAT:N/MSI:S/MSA:S", 9.4)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:H/SA:L/MAV:P/MAT:P/MSI:L/MSA:L", 1.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:P/VC:H/VI:N/VA:N/SC:L/SI:N/SA:L/MAV:L/MAT:N/MPR:N/MSI:L/MSA:S", 9.2)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:H/SC:L/SI:H/SA:L/MAV:P/MAC:H/MSI:N/MSA:N", 4.3)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:N/VA:L/SC:N/SI:N/SA:H/E:P/CR:H/IR:L/MAV:N/MAC:H/MPR:N/MUI:P/MVC:L/MVI:L/MVA:N/MSC:L/MSI:S/S:N/AU:N/U:Red", 5.5)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:L/UI:P/VC:H/VI:N/VA:N/SC:N/SI:L/SA:N/E:P/CR:H/IR:H/AR:L/MAV:L/MAC:H/MAT:P/MPR:L/MUI:P/MVC:L/MVA:L/MSC:H/MSA:N", 0.9)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:H/UI:P/VC:N/VI:L/VA:H/SC:N/SI:N/SA:H/E:P/CR:L/MAV:A/MAC:L/MAT:P/MPR:H/MUI:A/MVC:H/MVI:H/MVA:N/MSI:L/MSA:S/S:P/AU:N/U:Red", 6.7)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:P/VC:H/VI:L/VA:L/SC:L/SI:N/SA:N/E:U/CR:M/AR:M/MPR:H/MUI:A/MVI:L/MSC:N/AU:Y/U:Red", 0.2)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:P/VC:L/VI:H/VA:N/SC:H/SI:H/SA:H/E:A/CR:M/IR:H/AR:L/MAV:P/MAC:H/MAT:P/MUI:P/MVI:L/MVA:N/MSC:L/MSI:S/MSA:N/AU:Y/U:Clear", 4.3)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:N/UI:N/VC:N/VI:H/VA:N/SC:L/SI:N/SA:H/E:P/CR:M/IR:M/MAV:N/MAC:L/MAT:N/MPR:N/MUI:P/MVC:N/MVA:N/MSI:H/MSA:L/S:N/AU:Y", 5.8)]
    public void Score_ThreatAndEnvironmentalVector_MatchesTheReferenceCalculator(string text, double expected) =>
        Assert.Equal(expected, Score(text));

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", 8.6)] // 8.6 − 0.05: 8.549999999999999 in binary
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H", 5.0)] // 5.8 − 0.85: 4.949999999999999 in binary
    public void Score_DecimalHalfThatBinaryPutsBelow_RoundsUp(string text, double expected) =>
        Assert.Equal(expected, Score(text));

    [Fact]
    public void Score_ModifiedMetricsRemoveEveryImpact_IsZero() =>
        Assert.Equal(0.0, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N"));

    [Fact]
    public void Score_ThreatMetricUnreported_LowersTheScore()
    {
        const string Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

        Assert.Equal(Score(Base), Score(Base + "/E:A"));
        Assert.Equal(Score(Base), Score(Base + "/E:X/CR:X/IR:X/AR:X"));
        Assert.True(Score(Base + "/E:U") < Score(Base + "/E:P"));
        Assert.True(Score(Base + "/E:P") < Score(Base));
    }

    [Fact]
    public void Score_HighestSeverityVectorOfEveryMacroVector_IsTheTableScore()
    {
        var scored = 0;
        foreach (var macro in AllMacroVectors())
        {
            Assert.True(CvssV4MacroVectorScores.TryGet(macro.ToString(), out var expected));
            var text = VectorOf(CvssV4HighestSeverityVectors.For(macro).First());
            Assert.True(CvssVectorParser.TryParse(text, out var vector, out var error), error);

            Assert.Equal(macro, CvssV4MacroVector.Of(new CvssV4EffectiveMetrics(vector)));
            Assert.Equal(expected, CvssV4Calculator.Score(vector));
            scored++;
        }

        Assert.Equal(270, scored);
        Assert.Equal(270, CvssV4MacroVectorScores.Count);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "000200")]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "210200")]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L", "202201")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/MSI:S/E:P/CR:L", "001011")]
    public void MacroVector_Of_ClassifiesEachEquivalenceClass(string text, string expected)
    {
        Assert.True(CvssVectorParser.TryParse(text, out var vector, out _));

        Assert.Equal(expected, CvssV4MacroVector.Of(new CvssV4EffectiveMetrics(vector)).ToString());
    }

    [Fact]
    public void Score_V3Vector_Throws()
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", out var vector, out _));

        Assert.Throws<ArgumentException>(() => CvssV4Calculator.Score(vector));
    }

    private static double Score(string text)
    {
        Assert.True(CvssVectorParser.TryParse(text, out var vector, out var error), error);
        return CvssV4Calculator.Score(vector);
    }

    private static IEnumerable<CvssV4MacroVector> AllMacroVectors() =>
        from eq1 in Enumerable.Range(0, 3)
        from eq2 in Enumerable.Range(0, 2)
        from eq3 in Enumerable.Range(0, 3)
        from eq4 in Enumerable.Range(0, 3)
        from eq5 in Enumerable.Range(0, 3)
        from eq6 in Enumerable.Range(0, 2)
        where !(eq3 == 2 && eq6 == 0)
        select new CvssV4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);

    // A base vector can only say SI:H; Safety (S) is an environmental value, so it goes into MSI/MSA.
    private static string VectorOf(IReadOnlyDictionary<string, string> highest)
    {
        string Base(string metric) => highest[metric] == "S" ? "H" : highest[metric];
        var parts = BaseMetrics.Select(m => $"{m}:{Base(m)}")
            .Concat(ThreatAndRequirements.Select(m => $"{m}:{highest[m]}"))
            .Concat(SubsequentIntegrityAndAvailability.Where(m => highest[m] == "S").Select(m => $"M{m}:S"));
        return "CVSS:4.0/" + string.Join('/', parts);
    }
}

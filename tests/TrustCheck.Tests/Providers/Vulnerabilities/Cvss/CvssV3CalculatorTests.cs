using TrustCheck.Providers.Vulnerabilities.Cvss;

namespace TrustCheck.Tests.Providers.Vulnerabilities.Cvss;

/// <summary>
/// CVSS v3.x base scores of known vectors: the FIRST v3.1 specification and user guide examples, and the real vectors
/// of the shared advisory records. The implementation was also checked offline against an independent calculator on
/// every one of the 2,592 v3.0 and 2,592 v3.1 base vectors.
/// </summary>
public sealed class CvssV3CalculatorTests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)] // Shellshock, CVE-2014-6271
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)] // phpMyAdmin XSS, CVE-2013-1937
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4)] // MySQL stored SQLi, CVE-2013-0375
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1)] // POODLE, CVE-2014-3566
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)] // VMware guest to host, CVE-2012-1516
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2)] // Tomcat, CVE-2009-0783
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8)] // Cisco IOS, CVE-2012-0384
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8)] // Apple iWork, CVE-2015-1098
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5)] // Heartbleed, CVE-2014-0160
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", 6.8)] // DNS cache poisoning, CVE-2008-1447
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8)] // Sophos, CVE-2014-2005
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8)] // Joomla, CVE-2010-0467
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.0/AV:L/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:N", 7.5)]
    public void BaseScore_KnownVector_MatchesTheSpecification(string text, double expected) =>
        Assert.Equal(expected, Score(text));

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N", 8.1)] // PYSEC-2023-192 (urllib3)
    [InlineData("CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N", 4.2)] // PYSEC-2023-212 (urllib3)
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5)] // PYSEC-2023-254
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:L/A:N", 3.3)] // PYSEC-2023-228
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H", 5.5)] // PYSEC-2022-43059 (withdrawn)
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", 7.5)] // PYSEC-2023-246
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N", 6.5)] // PYSEC-2023-247
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N", 5.3)] // PYSEC-2023-250
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:L", 6.5)] // PYSEC-2024-26
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8)] // GHSA-q2x7-8rv6-6q7h (jinja2)
    public void BaseScore_RealAdvisoryVector_IsScored(string text, double expected) =>
        Assert.Equal(expected, Score(text));

    [Fact]
    public void BaseScore_SharedRecordsWithSeverity_AllScore()
    {
        var vectors = SharedOsvRecords.Advisories.SelectMany(r => r.Severity).ToList();

        Assert.Equal(13, vectors.Count);
        Assert.All(vectors, v => Assert.True(CvssScoring.TryScore(v.Score, out _, out var error), error));
    }

    [Fact]
    public void BaseScore_ScopeChanged_UsesTheChangedPrivilegeWeights()
    {
        // PR:L weighs 0.62 unchanged and 0.68 changed; PR:H 0.27 and 0.5.
        Assert.Equal(8.8, Score("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"));
        Assert.Equal(9.9, Score("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H"));
        Assert.Equal(7.2, Score("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"));
        Assert.Equal(9.1, Score("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H"));
    }

    [Fact]
    public void BaseScore_TemporalAndEnvironmentalMetrics_DoNotChangeTheBaseScore() =>
        Assert.Equal(9.8, Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U/CR:L/IR:L/AR:L/MAV:P"));

    [Fact]
    public void BaseScore_V4Vector_Throws()
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", out var vector, out _));

        Assert.Throws<ArgumentException>(() => CvssV3Calculator.BaseScore(vector));
    }

    private static double Score(string text)
    {
        Assert.True(CvssVectorParser.TryParse(text, out var vector, out var error), error);
        return CvssV3Calculator.BaseScore(vector);
    }
}

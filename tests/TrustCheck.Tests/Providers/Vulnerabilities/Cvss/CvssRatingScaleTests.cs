using TrustCheck.Findings;
using TrustCheck.Providers.Vulnerabilities.Cvss;

namespace TrustCheck.Tests.Providers.Vulnerabilities.Cvss;

public sealed class CvssRatingScaleTests
{
    [Theory]
    [InlineData(0.0, "None", Severity.Low)]
    [InlineData(0.1, "Low", Severity.Low)]
    [InlineData(3.9, "Low", Severity.Low)]
    [InlineData(4.0, "Medium", Severity.Medium)]
    [InlineData(6.9, "Medium", Severity.Medium)]
    [InlineData(7.0, "High", Severity.High)]
    [InlineData(8.9, "High", Severity.High)]
    [InlineData(9.0, "Critical", Severity.Critical)]
    [InlineData(10.0, "Critical", Severity.Critical)]
    public void Rate_Boundaries_FollowTheQualitativeScale(double score, string rating, Severity severity)
    {
        Assert.Equal(Enum.Parse<CvssRating>(rating), CvssRatingScale.Rate(score));
        Assert.Equal(severity, CvssRatingScale.ToSeverity(Enum.Parse<CvssRating>(rating)));
    }

    [Fact]
    public void TryScore_DispatchesOnThePrefix()
    {
        Assert.True(CvssScoring.TryScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", out var v3, out _));
        Assert.True(CvssScoring.TryScore("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", out var v4, out _));

        Assert.Equal("9.8", v3.ToString());
        Assert.Equal(CvssRating.Critical, v3.Rating);
        Assert.Equal("9.3", v4.ToString());
        Assert.False(CvssScoring.TryScore("AV:N/AC:L/Au:N/C:P/I:P/A:P", out _, out var error));
        Assert.Contains("prefix", error, StringComparison.Ordinal);
    }
}

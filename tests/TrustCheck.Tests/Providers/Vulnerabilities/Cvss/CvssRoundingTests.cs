using TrustCheck.Providers.Vulnerabilities.Cvss;

namespace TrustCheck.Tests.Providers.Vulnerabilities.Cvss;

public sealed class CvssRoundingTests
{
    [Theory]
    [InlineData(4.02, 4.1)]
    [InlineData(4.00, 4.0)]
    [InlineData(9.81, 9.9)]
    [InlineData(0.0, 0.0)]
    public void RoundUp_SpecificationExamples_RoundUpToOneDecimal(double value, double expected)
    {
        Assert.Equal(expected, CvssRounding.RoundUpVersion30(value));
        Assert.Equal(expected, CvssRounding.RoundUpVersion31(value));
    }

    [Fact]
    public void RoundUpVersion31_FloatingPointNoiseAboveAnInteger_DoesNotRoundUp()
    {
        // The v3.1 Appendix A example: 4.000000000000001 must give 4.0; v3.0's plain ceiling gives 4.1.
        Assert.Equal(4.0, CvssRounding.RoundUpVersion31(4.000000000000001));
        Assert.Equal(4.1, CvssRounding.RoundUpVersion30(4.000000000000001));
    }

    [Theory]
    [InlineData(4.949999999999999, 5.0)]
    [InlineData(8.549999999999999, 8.6)]
    [InlineData(4.25, 4.3)]
    [InlineData(4.945833333333333, 4.9)]
    [InlineData(5.04, 5.0)]
    public void RoundHalfUpToOneDecimal_DecimalHalves_RoundUpDespiteBinaryNoise(double value, double expected) =>
        Assert.Equal(expected, CvssRounding.RoundHalfUpToOneDecimal(value));
}

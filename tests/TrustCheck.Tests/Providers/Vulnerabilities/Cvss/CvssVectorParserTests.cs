using TrustCheck.Providers.Vulnerabilities.Cvss;

namespace TrustCheck.Tests.Providers.Vulnerabilities.Cvss;

public sealed class CvssVectorParserTests
{
    [Theory]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Version30")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Version31")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "Version40")]
    public void TryParse_ValidBaseVector_ReadsVersionAndMetrics(string text, string version)
    {
        Assert.True(CvssVectorParser.TryParse(text, out var vector, out var error));

        Assert.Null(error);
        Assert.Equal(Enum.Parse<CvssVersion>(version), vector.Version);
        Assert.Equal("N", vector["AV"]);
        Assert.Equal(text, vector.Text);
    }

    [Fact]
    public void TryParse_MetricsOutOfOrderWithTemporalAndEnvironmental_IsAccepted()
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/E:P/RL:O/RC:C/CR:H/MAV:L", out var vector, out _));

        Assert.Equal("P", vector["E"]);
        Assert.Equal("L", vector["MAV"]);
    }

    [Fact]
    public void Indexer_MetricNotStated_IsNotDefined()
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", out var vector, out _));

        Assert.Equal("X", vector["E"]);
        Assert.Equal("X", vector["MSI"]);
    }

    [Fact]
    public void TryParse_V4SupplementalMetricsWithWordValues_IsAccepted()
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/U:Amber", out var vector, out _));

        Assert.Equal("Amber", vector["U"]);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", "prefix")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", "prefix")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "missing")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:H", "twice")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q", "value")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", "metric")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", "METRIC:VALUE")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A", "METRIC:VALUE")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:P/S:U/C:H/I:H/A:H", "value")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", "value")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "missing")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:U", "value")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/C:H", "metric")]
    public void TryParse_InvalidVector_IsRejectedWithTheReason(string? text, string reason)
    {
        Assert.False(CvssVectorParser.TryParse(text, out var vector, out var error));

        Assert.Null(vector);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}

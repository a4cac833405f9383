using TrustCheck.Providers.Metadata;

namespace TrustCheck.Tests.Providers.Metadata;

public sealed class ReleaseFileTests
{
    [Theory]
    [InlineData("demo-1.0.tar.gz", "sdist", "SourceDistribution")]
    [InlineData("demo-1.0-py3-none-any.whl", "bdist_wheel", "Wheel")]
    [InlineData("demo-1.0-py2.7.egg", "bdist_egg", "Legacy")]
    [InlineData("demo-1.0.win32.exe", "bdist_wininst", "Legacy")]
    [InlineData("demo-1.0.tar.gz", null, "SourceDistribution")]
    [InlineData("demo-1.0.zip", null, "SourceDistribution")]
    [InlineData("Demo-1.0.tar.bz2", null, "SourceDistribution")]
    [InlineData("demo-1.0-cp312-abi3-manylinux_2_28_aarch64.whl", null, "Wheel")]
    [InlineData("demo-1.0-py2.7.egg", null, "Legacy")]
    [InlineData("demo-1.0.win32.exe", null, "Legacy")]
    public void KindOf_TypeOrName_Classifies(string filename, string? packageType, string kind) =>
        Assert.Equal(Enum.Parse<ReleaseFileKind>(kind), ReleaseFile.KindOf(filename, packageType));
}

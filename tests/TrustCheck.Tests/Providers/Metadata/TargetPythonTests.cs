using TrustCheck.Providers.Metadata;

namespace TrustCheck.Tests.Providers.Metadata;

public sealed class TargetPythonTests
{
    [Theory]
    [InlineData("3.12", "3.12.0")]
    [InlineData("3", "3.0.0")]
    [InlineData("3.12.4", "3.12.4")]
    [InlineData("3.12.4.1", "3.12.4")]
    [InlineData(" 3.11 ", "3.11.0")]
    [InlineData("3.13.0rc1", "3.13.0rc1")]
    public void TryResolve_PadsLikePip(string text, string expected)
    {
        Assert.True(TargetPython.TryResolve(text, out var version));

        Assert.Equal(expected, version.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("python3")]
    public void TryResolve_NotAVersion_Fails(string? text) =>
        Assert.False(TargetPython.TryResolve(text, out _));
}

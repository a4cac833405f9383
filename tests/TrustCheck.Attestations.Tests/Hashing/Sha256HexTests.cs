using TrustCheck.Attestations.Hashing;

namespace TrustCheck.Attestations.Tests.Hashing;

public sealed class Sha256HexTests
{
    [Theory]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3")]
    [InlineData("9BB1ADD04B1B4E182BE6B0B80931593F7A291EB49D69B4FD728A5D4CBCDC4BD3", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3")]
    public void TryNormalize_SixtyFourHexDigits_IsLowerCase(string text, string expected)
    {
        Assert.True(Sha256Hex.TryNormalize(text, out var hex));
        Assert.Equal(expected, hex);
        Assert.True(Sha256Hex.TryDecode(text, out var digest));
        Assert.Equal(32, digest.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9bb1")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd30")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bdx")]
    [InlineData(" 9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd")]
    [InlineData("９bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3")]
    public void TryNormalize_AnythingElse_IsRejected(string? text)
    {
        Assert.False(Sha256Hex.TryNormalize(text, out _));
        Assert.False(Sha256Hex.TryDecode(text, out _));
    }
}

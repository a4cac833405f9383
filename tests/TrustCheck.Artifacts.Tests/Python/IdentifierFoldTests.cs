using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>The NFKC fold of identifiers (PEP 3131) that invariant globalization cannot do (review 13, 1.3).</summary>
public sealed class IdentifierFoldTests
{
    [Theory]
    [InlineData("𝐞𝐱𝐞𝐜", "exec")]
    [InlineData("𝚎𝚟𝚊𝚕", "eval")]
    [InlineData("ｓｕｂｐｒｏｃｅｓｓ", "subprocess")]
    [InlineData("ℯval", "eval")]
    [InlineData("ℎℊℓℴ", "hglo")]
    [InlineData("𝟙𝟚x", "12x")]
    [InlineData("ﬁle", "file")]
    [InlineData("ſys", "sys")]
    [InlineData("os", "os")]
    [InlineData("café", "café")]
    public void Fold_IsWhatCPythonReads(string identifier, string folded)
    {
        Assert.Equal(folded, IdentifierFold.Fold(identifier));
        Assert.Equal(identifier != folded, IdentifierFold.Folds(identifier));
    }
}

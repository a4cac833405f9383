using TrustCheck.Packaging.DependencyFiles;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class RequirementsLinesTests
{
    private static LogicalLine[] Read(string text, params (string Name, string Value)[] environment)
    {
        var map = environment.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return RequirementsLines.Read(text, name => map.GetValueOrDefault(name)).ToArray();
    }

    [Fact]
    public void SplitLines_PythonBoundaries_CountAsLines()
    {
        Assert.Equal(
            [new LogicalLine(1, "a"), new LogicalLine(2, "b"), new LogicalLine(3, "c"), new LogicalLine(4, ""), new LogicalLine(5, "d"), new LogicalLine(6, "e")],
            RequirementsLines.SplitLines("a\r\nb\rc\n\fd\u2028e\n").ToArray());
        Assert.Empty(RequirementsLines.SplitLines(string.Empty));
    }

    [Fact]
    public void Read_BackslashesAtBothEnds_AreStrippedAsPythonsStripDoes()
    {
        // Only a line that is continued is stripped; the line that ends the continuation is taken as written.
        Assert.Equal([new LogicalLine(1, "foo==1.0 --hash=sha256:ab")], Read("foo==1.0 \\\n\\\\--hash=sha256:ab \\\n"));
        Assert.Equal([new LogicalLine(1, "foo==1.0 \\--hash=sha256:ab")], Read("foo==1.0 \\\n\\--hash=sha256:ab"));
    }

    [Fact]
    public void Read_CommentMarkerInsideAWord_IsKept()
    {
        Assert.Equal([new LogicalLine(1, "pkg @ https://host/p.whl#sha256=00")], Read("pkg @ https://host/p.whl#sha256=00\t# comment"));
    }

    [Fact]
    public void Read_CommentLineEndingWithBackslash_DoesNotContinue()
    {
        Assert.Equal([new LogicalLine(2, "six")], Read("# note \\\nsix"));
    }

    [Fact]
    public void Read_Variables_ExpandOnlySetUpperCaseNames()
    {
        Assert.Equal(
            [new LogicalLine(1, "x==1.0 $HOME ${lower} ${EMPTY} ${MISSING} 1.0")],
            Read("x==${V} $HOME ${lower} ${EMPTY} ${MISSING} ${V}", ("V", "1.0"), ("EMPTY", ""), ("lower", "no")));
    }

    [Theory]
    [InlineData("--ind https://a", "--index-url=https://a")]
    [InlineData("--extra=https://a", "--extra-index-url=https://a")]
    [InlineData("-ihttps://a", "--index-url=https://a")]
    [InlineData("-r \"with space.txt\"", "--requirement=with space.txt")]
    [InlineData("--hash=sha256:ab --hash 'sha256:cd'", "--hash=sha256:ab|--hash=sha256:cd")]
    [InlineData("-C key=\"a \\\"b\\\"\"", "--config-settings=key=a \"b\"")]
    [InlineData("--pre -- --no-index", "--pre")]
    [InlineData("--pre stray words", "--pre")]
    public void Parse_Options_AreReadAsOptparseReadsThem(string options, string expected)
    {
        Assert.Equal(expected, string.Join('|', RequirementsOptionParser.Parse(options)));
    }

    [Theory]
    [InlineData("foo==1.0 --hash=sha256:ab", "foo==1.0", "--hash=sha256:ab")]
    [InlineData("foo; extra == 'a-b' -i x", "foo; extra == 'a-b'", "-i x")]
    [InlineData("--pre", "", "--pre")]
    [InlineData("foo\t--pre", "foo\t--pre", "")]
    public void Split_Line_BreaksAtTheFirstWordStartingWithADash(string line, string arguments, string options)
    {
        Assert.Equal((arguments, options), RequirementsOptionParser.Split(line));
    }
}

using TrustCheck.Packaging.DependencyFiles;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class TomlDocumentReaderTests
{
    private const string File = "/locks/test.toml";

    [Fact]
    public void Parse_SubTablesOfLaterArrayElements_AreValid()
    {
        // Tomlyn 2.11.1's validator rejects both ("The key `p.[1].w` is already defined"); TOML allows them.
        var root = TomlDocumentReader.Parse("[[p]]\nn = 1\n[[p.w]]\nx = 1\n[p.s]\ny = 1\n[[p]]\nn = 2\nw = [{x = 2}]\ns = {y = 2}\n", File);

        var elements = root.Tables("p").ToArray();
        Assert.Equal([1, 7], elements.Select(e => e.Line));
        Assert.Equal(2L, ((TomlScalar)elements[1].Tables("w").Single().At("x")).Value);
        Assert.Equal(5, elements[0].OptionalTable("s")!.Line);
        Assert.Equal(9, elements[1].At("w").Line);
    }

    [Fact]
    public void Parse_DottedKeysHeadersAndImpliedTables_FollowTheSpec()
    {
        var root = TomlDocumentReader.Parse(
            "a.b.c = 1\n[x.y.z]\nk = 1\n[x]\nq.r = 2\nq.s = 3\n[x.q.t]\nu = 4\n[[arr.items]]\nv = 5\n[arr]\nw = 6\n",
            File);

        Assert.Equal(1L, ((TomlScalar)root.OptionalTable("a")!.OptionalTable("b")!.At("c")).Value);
        var x = root.OptionalTable("x")!;
        Assert.Equal(4, x.Line);
        Assert.Equal(3L, ((TomlScalar)x.OptionalTable("q")!.At("s")).Value);
        Assert.Equal(4L, ((TomlScalar)x.OptionalTable("q")!.OptionalTable("t")!.At("u")).Value);
        Assert.Equal(11, root.OptionalTable("arr")!.Line);
    }

    [Fact]
    public void Parse_QuotedAndLiteralKeys_AreKeys()
    {
        var root = TomlDocumentReader.Parse("\"a.b\" = 'x'\n[\"tool\".'pdm']\nc = \"\"\"multi\nline\"\"\"\n", File);

        Assert.Equal("x", root.OptionalString("a.b"));
        Assert.Equal("multi\nline", root.OptionalTable("tool")!.OptionalTable("pdm")!.OptionalString("c"));
    }

    [Theory]
    [InlineData("a = 1\na = 2\n", 2, "`a` is already defined at line 1")]
    [InlineData("[t]\nb = 1\n\n[t]\nc = 1\n", 4, "[t] is already defined at line 1")]
    [InlineData("[[p]]\nn = 1\nn = 2\n", 3, "`n` is already defined at line 2")]
    [InlineData("a = [1]\n[[a]]\n", 2, "cannot append to `a`")]
    [InlineData("[a]\n[[a]]\n", 2, "cannot append to `a`")]
    [InlineData("[[a]]\n[a]\n", 2, "[a] is already defined")]
    [InlineData("a = {b = 1}\n[a.c]\n", 2, "`a` is an inline table")]
    [InlineData("a = {b = 1}\na.c = 2\n", 2, "dotted keys cannot add to it")]
    [InlineData("[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n", 4, "dotted keys cannot add to it")]
    [InlineData("[x]\nq.r = 1\n[x.q]\n", 3, "[x.q] is already defined")]
    [InlineData("[x]\nq.r = 1\n[y]\n[x]\n", 4, "[x] is already defined")]
    [InlineData("a = 1\n[a.b]\n", 2, "`a` is an integer")]
    [InlineData("a = \n", 1, "invalid TOML")]
    [InlineData("a = {b = 1, b = 2}\n", 1, "`b` is already defined")]
    public void Parse_InvalidDocument_IsAnErrorAtTheLine(string text, int line, string expected)
    {
        var error = Assert.Throws<DependencyFileException>(() => TomlDocumentReader.Parse(text, File));

        Assert.Equal((File, line), (error.File, error.Line));
        Assert.StartsWith($"{File}:{line}: invalid TOML: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"\"\\")]
    [InlineData("[metadata]\nname = \"\"\"\\")]
    public void Parse_MultilineStringEndingInABackslash_IsInvalidTomlNotACrash(string text)
    {
        // Found by the pylock/uv/poetry/pyproject fuzz campaigns: a multi-line string whose line-ending backslash is the
        // last character makes Tomlyn 2.11.1's lexer throw ArgumentOutOfRangeException.
        var error = Assert.Throws<DependencyFileException>(() => TomlDocumentReader.Parse(text, File));

        Assert.Equal(File, error.File);
        Assert.StartsWith("invalid TOML", error.Problem, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Fact]
    public void Accessors_WrongType_AreErrorsAtTheValuesLine()
    {
        var root = TomlDocumentReader.Parse("name = 3\n\nlist = [\"a\",\n  2]\n", File);

        Assert.Equal(1, Assert.Throws<DependencyFileException>(() => root.OptionalString("name")).Line);
        Assert.Equal(4, Assert.Throws<DependencyFileException>(() => root.Strings("list").ToArray()).Line);
        Assert.Contains("`name` must be a string, not an integer", Assert.Throws<DependencyFileException>(() => root.RequiredString("name")).Message, StringComparison.Ordinal);
    }
}

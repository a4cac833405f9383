using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>Each construct, positive and tricky, against what CPython 3.11's tokenize gives.</summary>
public sealed class PythonTokenizerTests
{
    [Fact]
    public void Tokenize_SimpleStatement_GivesTokensNewlineAndEnd()
    {
        Assert.Equal(["Name x", "Operator =", "Number 1", "Newline \\n", "EndOfFile"], Tokens.Of("x = 1\n"));
    }

    [Fact]
    public void Tokenize_EmptyText_IsOnlyTheEnd()
    {
        var token = Assert.Single(Tokens.Raw(""));
        Assert.Equal(new PythonToken(PythonTokenKind.EndOfFile, 0, 0, 1), token);
    }

    [Fact]
    public void Tokenize_NoFinalLineEnding_AddsAnEmptyNewlineAndEndsOnTheNextLine()
    {
        var tokens = Tokens.Raw("x");

        Assert.Equal([new(PythonTokenKind.Name, 0, 1, 1), new(PythonTokenKind.Newline, 1, 0, 1), new(PythonTokenKind.EndOfFile, 1, 0, 2)], tokens);
    }

    [Fact]
    public void Tokenize_FinalCommentWithoutLineEnding_GivesAnEmptyNlButNoNewline()
    {
        Assert.Equal(["Name x", "Newline \\n", "Comment # c", "NonLogicalNewline", "EndOfFile"], Tokens.Of("x\n# c"));
    }

    [Fact]
    public void Tokenize_CodeThenCommentWithoutLineEnding_GivesAnEmptyNewline()
    {
        Assert.Equal(["Name x", "Comment # c", "Newline", "EndOfFile"], Tokens.Of("x  # c"));
    }

    [Fact]
    public void Tokenize_IndentedBlock_GivesIndentAndDedent()
    {
        Assert.Equal(
            ["Name if", "Name x", "Operator :", "Newline \\n", "Indent     ", "Name y", "Newline \\n", "Dedent", "Name z", "Newline \\n", "EndOfFile"],
            Tokens.Of("if x:\n    y\nz\n"));
    }

    [Fact]
    public void Tokenize_OpenBlocksAtTheEnd_AreClosedBeforeTheEnd()
    {
        var tokens = Tokens.Raw("if a:\n  if b:\n    c");

        Assert.Equal(
            ["Name if", "Name a", "Operator :", "Newline \\n", "Indent   ", "Name if", "Name b", "Operator :", "Newline \\n", "Indent     ", "Name c", "Newline", "Dedent", "Dedent", "EndOfFile"],
            tokens.Select(t => Tokens.Show(t, "if a:\n  if b:\n    c")));
        Assert.All(tokens.Where(t => t.Kind is PythonTokenKind.Dedent or PythonTokenKind.EndOfFile), t => Assert.Equal(4, t.Line));
    }

    [Fact]
    public void Tokenize_TabIndentation_CountsToTheNextMultipleOfEight()
    {
        // A tab and eight spaces are the same level: no second indent.
        Assert.Equal(["Name if", "Name a", "Operator :", "Newline \\n", "Indent \\t", "Name b", "Newline \\n", "Name c", "Newline \\n", "Dedent", "EndOfFile"],
            Tokens.Of("if a:\n\tb\n        c\n"));
    }

    [Fact]
    public void Tokenize_BlankAndCommentLines_DoNotChangeIndentation()
    {
        Assert.Equal(
            ["Name if", "Name a", "Operator :", "Newline \\n", "Indent     ", "Name b", "Newline \\n", "NonLogicalNewline \\n", "Comment # c", "NonLogicalNewline \\n", "Name d", "Newline \\n", "Dedent", "EndOfFile"],
            Tokens.Of("if a:\n    b\n\n# c\n    d\n"));
    }

    [Fact]
    public void Tokenize_LineEndingsInsideBrackets_AreNonLogicalAndDoNotIndent()
    {
        Assert.Equal(
            ["Name f", "Operator (", "Name a", "Operator ,", "NonLogicalNewline \\n", "Comment # why", "NonLogicalNewline \\n", "NonLogicalNewline \\n", "Name b", "Operator )", "Newline \\n", "EndOfFile"],
            Tokens.Of("f(a,\n  # why\n\n      b)\n"));
    }

    [Fact]
    public void Tokenize_BackslashContinuation_JoinsLinesWithoutIndent()
    {
        var tokens = Tokens.Raw("x = 1 + \\\n        2\n");

        Assert.Equal(["Name x", "Operator =", "Number 1", "Operator +", "Number 2", "Newline \\n", "EndOfFile"], tokens.Select(t => Tokens.Show(t, "x = 1 + \\\n        2\n")));
        Assert.Equal(2, tokens[4].Line);
    }

    [Fact]
    public void Tokenize_Comment_RunsToTheLineEndWithoutIt()
    {
        Assert.Equal(["Name x", "Comment # hi \"there\"", "Newline \\r\\n", "EndOfFile"], Tokens.Of("x  # hi \"there\"\r\n"));
    }

    [Theory]
    [InlineData("x\r\ny\r\n", "\\r\\n")]
    [InlineData("x\ry\r", "\\r")]
    [InlineData("x\ny\n", "\\n")]
    public void Tokenize_LineEndings_CrLfCrAndLfEachEndALine(string source, string ending)
    {
        var tokens = Tokens.Raw(source);

        Assert.Equal(["Name x", "Newline " + ending, "Name y", "Newline " + ending, "EndOfFile"], tokens.Select(t => Tokens.Show(t, source)));
        Assert.Equal([1, 1, 2, 2, 3], tokens.Select(t => t.Line));
    }

    [Fact]
    public void Tokenize_FormFeed_IsWhitespaceAndResetsTheIndentColumn()
    {
        Assert.Equal(["Name if", "Name a", "Operator :", "Newline \\n", "Indent   ", "Name b", "Newline \\n", "Dedent", "Name c", "Operator =", "Number 1", "Newline \\n", "EndOfFile"],
            Tokens.Of("if a:\n  b\n  \fc =\f1\n"));
    }

    [Theory]
    [InlineData("**=")]
    [InlineData("//=")]
    [InlineData(">>=")]
    [InlineData("<<=")]
    [InlineData("->")]
    [InlineData(":=")]
    [InlineData("...")]
    [InlineData("!=")]
    [InlineData("==")]
    [InlineData("<=")]
    [InlineData(">=")]
    [InlineData("@=")]
    [InlineData("**")]
    [InlineData("//")]
    [InlineData("-=")]
    [InlineData("%=")]
    [InlineData("^=")]
    [InlineData("|=")]
    [InlineData("&=")]
    [InlineData("~")]
    public void Tokenize_Operator_IsOneLongestMatch(string op)
    {
        Assert.Equal(["Name a", "Operator " + op, "Name b"], Tokens.Body($"a{op}b"));
    }

    [Fact]
    public void Tokenize_TwoDots_AreTwoOperators()
    {
        Assert.Equal(["Operator .", "Operator .", "Operator ..."], Tokens.Body(".. ..."));
    }

    [Theory]
    [InlineData("0x_FF")]
    [InlineData("0XdeadBEEF")]
    [InlineData("0o17")]
    [InlineData("0b1010_1010")]
    [InlineData("1_000_000")]
    [InlineData("3.14")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e10")]
    [InlineData("1E-5")]
    [InlineData("1.5e+3")]
    [InlineData("1_0.5_5e1_0j")]
    [InlineData("10j")]
    [InlineData("1.5J")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("09.5")]
    [InlineData("0e0")]
    public void Tokenize_Number_IsOneToken(string number)
    {
        Assert.Equal(["Number " + number], Tokens.Body(number));
    }

    [Theory]
    [InlineData("0777", "Number 0|Number 777")]
    [InlineData("1__0", "Number 1|Name __0")]
    [InlineData("1_", "Number 1|Name _")]
    [InlineData("1.real", "Number 1.|Name real")]
    [InlineData("1if x else 2", "Number 1|Name if|Name x|Name else|Number 2")]
    [InlineData("1e", "Number 1|Name e")]
    [InlineData("0x", "Number 0|Name x")]
    [InlineData("0b12", "Number 0b1|Number 2")]
    [InlineData("x.y", "Name x|Operator .|Name y")]
    public void Tokenize_NumberEdges_SplitLikeCPython(string source, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens.Body(source));
    }

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("''")]
    [InlineData("'it\\'s'")]
    [InlineData("\"\\\\\"")]
    [InlineData("r'\\d+'")]
    [InlineData("r'\\''")]
    [InlineData("b'x'")]
    [InlineData("Rb'x'")]
    [InlineData("bR'x'")]
    [InlineData("BR\"x\"")]
    [InlineData("F'x'")]
    [InlineData("fR'x'")]
    [InlineData("Rf'x'")]
    [InlineData("u'x'")]
    [InlineData("U\"x\"")]
    [InlineData("'''a'b\"c'''")]
    [InlineData("\"\"\"a\"\"b\\\"\"\"\"")]
    [InlineData("''''''")]
    public void Tokenize_String_IsOneToken(string literal)
    {
        Assert.Equal(["String " + literal], Tokens.Body(literal));
    }

    [Fact]
    public void Tokenize_InvalidPrefix_IsANameThenAString()
    {
        Assert.Equal(["Name ub", "String 'x'"], Tokens.Body("ub'x'"));
        Assert.Equal(["Name bf", "String 'x'"], Tokens.Body("bf'x'"));
        Assert.Equal(["Name rr", "String 'x'"], Tokens.Body("rr'x'"));
    }

    [Fact]
    public void Tokenize_TripleQuotedString_SpansLinesAndLaterLinesCount()
    {
        const string source = "x = '''a\nb\r\nc'''\ny\n";
        var tokens = Tokens.Raw(source);

        Assert.Equal(["Name x", "Operator =", "String '''a\\nb\\r\\nc'''", "Newline \\n", "Name y", "Newline \\n", "EndOfFile"], tokens.Select(t => Tokens.Show(t, source)));
        Assert.Equal([1, 1, 1, 3, 4, 4, 5], tokens.Select(t => t.Line));
    }

    [Fact]
    public void Tokenize_SingleQuotedStringWithBackslashNewline_ContinuesOnTheNextLine()
    {
        var tokens = Tokens.Raw("s = 'a\\\nb'\nt\n");

        Assert.Equal(PythonTokenKind.String, tokens[2].Kind);
        Assert.Equal(6, tokens[2].Length);
        Assert.Equal(3, tokens[4].Line);
    }

    [Theory]
    [InlineData("f\"{x[\"a\"]}\"")]
    [InlineData("f'{x[\"a\"]}'")]
    [InlineData("f\"{x:{w}.{p}}\"")]
    [InlineData("f\"{{}}\"")]
    [InlineData("f'{{{x}}}'")]
    [InlineData("f'{a!r:>10}'")]
    [InlineData("f\"{'}'}\"")]
    [InlineData("f\"{f\"{f\"{x}\"}\"}\"")]
    [InlineData("rf\"\\{x}\"")]
    [InlineData("f\"\\N{EM DASH}\"")]
    [InlineData("f\"{x:'^10}\"")]
    [InlineData("f'{d[\"k\"]:{w}}'")]
    [InlineData("f'{ {\"a\": 1}[\"a\"] }'")]
    [InlineData("f'{x=}'")]
    [InlineData("f'{a != b}'")]
    [InlineData("f'{(lambda: 1)()}'")]
    [InlineData("f'{x:%Y-%m-%d}'")]
    [InlineData("f'{b\"x\"!r}'")]
    [InlineData("F\"\"\"{x:\"^10}\"\"\"")]
    public void Tokenize_FString_IsOneToken(string literal)
    {
        Assert.Equal(["String " + literal], Tokens.Body(literal));
    }

    [Fact]
    public void Tokenize_TripleQuotedFStringWithMultiLineField_IsOneTokenAndLinesCount()
    {
        const string source = "s = f\"\"\"{\n  x  # not \"\"\" the end\n}\"\"\"\ny\n";
        var tokens = Tokens.Raw(source);

        Assert.Equal(PythonTokenKind.String, tokens[2].Kind);
        Assert.Equal("f\"\"\"{\n  x  # not \"\"\" the end\n}\"\"\"", source.Substring(tokens[2].Start, tokens[2].Length));
        Assert.Equal(("y", 4), (source.Substring(tokens[4].Start, 1), tokens[4].Line));
    }

    [Fact]
    public void Tokenize_UnterminatedSingleQuotedString_IsAnErrorToTheLineEndAndScanningGoesOn()
    {
        Assert.Equal(["Name s", "Operator =", "Error 'abc", "Newline \\n", "Name x", "Newline \\n", "EndOfFile"], Tokens.Of("s = 'abc\nx\n"));
        Assert.Equal(["Error f'{x", "Newline \\n", "Name y", "Newline \\n", "EndOfFile"], Tokens.Of("f'{x\ny\n"));
        Assert.Equal(["Error f\"{'a}\"", "Newline \\n", "Name y", "Newline \\n", "EndOfFile"], Tokens.Of("f\"{'a}\"\ny\n"));
    }

    [Fact]
    public void Tokenize_UnterminatedTripleQuotedString_IsAnErrorToTheEnd()
    {
        Assert.Equal(["Name x", "Operator =", "Error '''abc\\n\\ndef", "Newline", "EndOfFile"], Tokens.Of("x = '''abc\n\ndef"));
        Assert.Equal(["Error f\"\"\"{\\n", "Newline", "EndOfFile"], Tokens.Of("f\"\"\"{\n"));
    }

    [Theory]
    [InlineData("a $ b", "Name a|Error $|Name b")]
    [InlineData("a ? b", "Name a|Error ?|Name b")]
    [InlineData("`a`", "Error `|Name a|Error `")]
    [InlineData("a ! b", "Name a|Error !|Name b")]
    [InlineData("a \\ b", "Name a|Error \\|Name b")]
    [InlineData("x\\", "Name x|Error \\")]
    [InlineData("\u00a0x", "Error \u00a0|Name x")]
    [InlineData("x€", "Name x|Error €")]
    [InlineData("\0", "Error \0")]
    public void Tokenize_StrayCharacter_IsAOneCharacterErrorAndScanningGoesOn(string source, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens.Body(source));
    }

    [Theory]
    [InlineData("café")]
    [InlineData("変数")]
    [InlineData("_x1")]
    [InlineData("x\u0301y")]
    [InlineData("𝐱")]
    [InlineData("Ⅻ")]
    [InlineData("a·b")]
    public void Tokenize_Identifier_IncludesNonAsciiLettersAndMarks(string name)
    {
        Assert.Equal(["Name " + name], Tokens.Body(name));
    }

    [Fact]
    public void Tokenize_NonAsciiDigitsAndMarks_DoNotStartAnIdentifier()
    {
        Assert.Equal(["Error \u0301", "Name x"], Tokens.Body("\u0301x"));
        Assert.Equal(["Error 😀"], Tokens.Body("😀"));
    }

    [Fact]
    public void Tokenize_InconsistentDedent_ClosesTheDeeperLevelAndOpensItsOwn()
    {
        Assert.Equal(
            ["Name if", "Name a", "Operator :", "Newline \\n", "Indent     ", "Name b", "Newline \\n", "Dedent", "Indent", "Name c", "Newline \\n", "Dedent", "EndOfFile"],
            Tokens.Of("if a:\n    b\n  c\n"));
    }

    [Fact]
    public void Tokenize_StrayClosingBracket_DoesNotDisableIndentation()
    {
        Assert.Equal(["Operator )", "Newline \\n", "Name if", "Name a", "Operator :", "Newline \\n", "Indent  ", "Name b", "Newline \\n", "Dedent", "EndOfFile"],
            Tokens.Of(")\nif a:\n b\n"));
    }

    [Fact]
    public void Tokenize_WhitespaceOnlyLastLine_EndsOnThatLine()
    {
        var tokens = Tokens.Raw("x\n   ");

        Assert.Equal(["Name x", "Newline \\n", "EndOfFile"], tokens.Select(t => Tokens.Show(t, "x\n   ")));
        Assert.Equal(2, tokens[^1].Line);
    }

    [Fact]
    public void Tokenize_ExecOfBase64_GivesTheCallChainAndThePayload()
    {
        const string source = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n";

        Assert.Equal(
            ["Name import", "Name base64", "Newline \\n", "Name exec", "Operator (", "Name base64", "Operator .", "Name b64decode", "Operator (", "String 'cHJpbnQoMSk='", "Operator )", "Operator )", "Newline \\n", "EndOfFile"],
            Tokens.Of(source));
    }

    [Fact]
    public void Tokenize_AppendsToTheList()
    {
        var tokens = new List<PythonToken> { new(PythonTokenKind.Name, 0, 0, 1) };

        PythonTokenizer.Tokenize("x", tokens);

        Assert.Equal(4, tokens.Count);
    }
}

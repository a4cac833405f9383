using System.Text;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>Hostile and broken input: never an exception, well-formed tokens, no deep recursion, time linear in the text.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Unterminated =>
    [
        "'", "\"", "'''", "\"\"\"", "'''''", "f'", "f'{", "f'{x", "f'{x:", "f'{x:{", "f\"\"\"{", "f'''{'", "f'{'''", "rb'", "b\"\\",
        "(", "[", "{", ")", "]", "}", "\\", "x\\", "0x", "0b", "1e", "1e+", "1.", ".", "#", "\r", "\r\n", "\n\n", "\t", "\f", "\v",
        "if x:\n    y", "if x:\n\ty\n  z", "f'{a!", "f'\\N{", "f'\\N{x", "'\\", "'''\\", "f'''{\"\"\"", "u", "rb", "br\"",
        "\ud800", "\udc00x", "x\ud800", "f'{\ud800}'", "\uffff", "\0\0\0",
    ];

    [Theory]
    [MemberData(nameof(Unterminated))]
    public void Tokenize_UnterminatedOrBroken_IsWellFormed(string source)
    {
        var tokens = Tokens.Raw(source);

        Tokens.AssertWellFormed(source, tokens);
        foreach (var token in tokens.Where(t => t.Kind == PythonTokenKind.String))
        {
            _ = PythonStringLiteral.Value(source.AsSpan(token.Start, token.Length));
        }
    }

    [Fact]
    public void Tokenize_RandomBytesAndPythonishText_IsWellFormed()
    {
        var random = new Random(20250307);
        const string alphabet = "abfrFRBu_019.xXjJeE'\"\\{}[]():!=#\n\r\t\f  +-*/<>@$?`é変\u0301";
        for (var run = 0; run < 2000; run++)
        {
            string source;
            if (run % 2 == 0)
            {
                var bytes = new byte[random.Next(0, 4096)];
                random.NextBytes(bytes);
                var decoded = PythonSource.Decode(bytes);
                Tokens.AssertWellFormed(decoded.Text, decoded.Tokens);
                source = decoded.Text;
            }
            else
            {
                var chars = new char[random.Next(0, 2048)];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = alphabet[random.Next(alphabet.Length)];
                }

                source = new string(chars);
            }

            var tokens = Tokens.Raw(source);
            Tokens.AssertWellFormed(source, tokens);
            foreach (var token in tokens.Where(t => t.Kind is PythonTokenKind.String or PythonTokenKind.Error))
            {
                var text = source.AsSpan(token.Start, token.Length);
                _ = PythonStringLiteral.Value(text);
                _ = PythonStringLiteral.IsFString(text);
                _ = PythonStringLiteral.IsBytes(text);
            }
        }
    }

    [Fact]
    public void Tokenize_HundredThousandNestedBrackets_IsWellFormed()
    {
        var source = new string('(', 100_000) + "x" + new string(')', 100_000) + "\n" + new string('[', 100_000);
        var tokens = Tokens.Raw(source);

        Tokens.AssertWellFormed(source, tokens);
        Assert.Equal(300_001, tokens.Count(t => t.Kind is PythonTokenKind.Operator or PythonTokenKind.Name));
    }

    [Theory]
    [InlineData("f'", "{", "'")]
    [InlineData("f'{x:", "{", "'")]
    [InlineData("f'", "{x:", "'")]
    [InlineData("f'{", "f'{", "")]
    [InlineData("f\"{", "f'{f\"{", "")]
    [InlineData("f'''", "{", "'''")]
    [InlineData("f'''{", "[", "")]
    [InlineData("f'''{", "'''", "")]
    public void Tokenize_HundredThousandOpenBracesInAnFString_IsWellFormed(string head, string repeated, string tail)
    {
        var source = head + string.Concat(Enumerable.Repeat(repeated, 100_000)) + tail + "\nx = 1\n";
        var tokens = Tokens.Raw(source);

        Tokens.AssertWellFormed(source, tokens);
        _ = PythonStringLiteral.Value(source.AsSpan(tokens[0].Start, tokens[0].Length));
    }

    [Fact]
    public void Tokenize_DeeplyNestedFormatSpecs_CloseAsOneString()
    {
        var source = "f'" + string.Concat(Enumerable.Repeat("{x:", 50_000)) + new string('}', 50_000) + "'";
        var tokens = Tokens.Raw(source);

        Assert.Equal(PythonTokenKind.String, tokens[0].Kind);
        Assert.Equal(source.Length, tokens[0].Length);
    }

    [Fact]
    public void Tokenize_ThreeThousandIndentationLevels_IsWellFormed()
    {
        // Each level is one space deeper, so the text grows with the square of the depth: 4.5 million characters.
        var builder = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }

        var source = builder.ToString();
        var tokens = Tokens.Raw(source);

        Tokens.AssertWellFormed(source, tokens);
        Assert.Equal(2_999, tokens.Count(t => t.Kind == PythonTokenKind.Dedent));
    }

    [Theory]
    [InlineData("f'{\"\n")]
    [InlineData("f'{x:\n")]
    [InlineData("'\n")]
    [InlineData("f'{'''\n")]
    [InlineData("\"\"\"x\"\"\" '\n")]
    [InlineData("((((f'{(\n")]
    public void Tokenize_ManyLinesOfBrokenStrings_RecoversLineByLine(string line)
    {
        // A failed scan never reaches past its line, which is what keeps hostile input linear (speed itself is
        // measured by PythonTokenizerBenchmarks): ten times the lines give ten times the tokens, each run well formed.
        var small = string.Concat(Enumerable.Repeat(line, 2_000));
        var large = string.Concat(Enumerable.Repeat(line, 20_000));

        var smallTokens = Tokens.Raw(small);
        var largeTokens = Tokens.Raw(large);

        Tokens.AssertWellFormed(small, smallTokens);
        Tokens.AssertWellFormed(large, largeTokens);
        Assert.InRange(largeTokens.Count - (10 * smallTokens.Count), -20, 20);
    }
}

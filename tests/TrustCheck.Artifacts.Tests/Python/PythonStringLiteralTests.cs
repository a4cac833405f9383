using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>String literal values: prefixes, quotes, escapes, raw strings, bytes, f-strings, malformed literals.</summary>
public sealed class PythonStringLiteralTests
{
    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("''", "")]
    [InlineData("''''''", "")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("\"\"\"a\"b\"\"\"", "a\"b")]
    [InlineData("'a\\nb'", "a\nb")]
    [InlineData("'\\t\\r\\\\\\'\\\"\\a\\b\\f\\v'", "\t\r\\'\"\a\b\f\v")]
    [InlineData("'\\101\\0\\12'", "A\0\n")]
    [InlineData("'\\777'", "\u01FF")]
    [InlineData("'\\x41\\u00e9\\U0001F600'", "Aé😀")]
    [InlineData("'\\N{EM DASH}'", "\\N{EM DASH}")]
    [InlineData("'\\q\\d'", "\\q\\d")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData("'a\\\r\nb'", "ab")]
    [InlineData("'\\x4'", "\\x4")]
    [InlineData("'\\u12'", "\\u12")]
    [InlineData("'\\u0x12'", "\\u0x12")]
    [InlineData("'\\U00110000'", "\\U00110000")]
    [InlineData("r'a\\nb'", "a\\nb")]
    [InlineData("R'\\''", "\\'")]
    [InlineData("r'a\\\nb'", "a\\\nb")]
    [InlineData("u'\\u0041'", "A")]
    [InlineData("b'\\xff\\x00'", "\u00ff\0")]
    [InlineData("b'\\u0041'", "\\u0041")]
    [InlineData("b'\\777'", "\u00ff")]
    [InlineData("br'\\x41'", "\\x41")]
    [InlineData("f'a{x!r}\\n{{b}}'", "a{x!r}\n{b}")]
    [InlineData("f'{x:{w}}'", "{x:{w}}")]
    [InlineData("f'{d[\"}\"]}'", "{d[\"}\"]}")]
    [InlineData("f\"{x[\"a\"]}\\t\"", "{x[\"a\"]}\t")]
    [InlineData("rf'\\d{x}'", "\\d{x}")]
    [InlineData("f'\\N{DASH}{x}'", "\\N{DASH}{x}")]
    [InlineData("f'\\{x}'", "\\{x}")]
    [InlineData("'abc", "abc")]
    [InlineData("'''abc''", "abc''")]
    [InlineData("f'{x", "{x")]
    [InlineData("'\\", "\\")]
    [InlineData("abc", "abc")]
    public void Value_Literal_IsItsContent(string literal, string value)
    {
        Assert.Equal(value, PythonStringLiteral.Value(literal));
    }

    [Theory]
    [InlineData("f'x'", true, false)]
    [InlineData("Rf'x'", true, false)]
    [InlineData("FR\"x\"", true, false)]
    [InlineData("b'x'", false, true)]
    [InlineData("Rb'x'", false, true)]
    [InlineData("BR'x'", false, true)]
    [InlineData("'f'", false, false)]
    [InlineData("\"b\"", false, false)]
    [InlineData("u'x'", false, false)]
    [InlineData("", false, false)]
    [InlineData("fb", false, false)]
    public void IsFStringAndIsBytes_ReadThePrefix(string literal, bool isF, bool isBytes)
    {
        Assert.Equal((isF, isBytes), (PythonStringLiteral.IsFString(literal), PythonStringLiteral.IsBytes(literal)));
    }

    [Fact]
    public void Value_RandomText_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "'\"\\{}:!frbRFB xNuU01789a\n\r";
        for (var run = 0; run < 5000; run++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var literal = new string(chars);
            _ = PythonStringLiteral.Value(literal);
            _ = PythonStringLiteral.Value("f'" + literal);
            _ = PythonStringLiteral.Value("b'" + literal + "'");
        }
    }
}

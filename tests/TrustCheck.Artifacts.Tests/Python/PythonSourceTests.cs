using System.Text;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>PEP 263 decoding: byte order mark, coding declarations on line 1 or 2, problems reported, never thrown.</summary>
public sealed class PythonSourceTests
{
    [Fact]
    public void Decode_NoDeclaration_IsUtf8()
    {
        var source = PythonSource.Decode("x = 'é'\n"u8);

        Assert.Equal(("x = 'é'\n", "utf-8", (string?)null), (source.Text, source.Encoding, source.EncodingProblem));
    }

    [Fact]
    public void Decode_ByteOrderMark_IsUtf8WithoutTheMark()
    {
        var source = PythonSource.Decode([0xEF, 0xBB, 0xBF, .. "x = 1\n"u8]);

        Assert.Equal(("x = 1\n", "utf-8", (string?)null), (source.Text, source.Encoding, source.EncodingProblem));
        Assert.Equal(0, source.Tokens[0].Start);
    }

    [Fact]
    public void Decode_Latin1Cookie_DecodesLatin1()
    {
        var source = PythonSource.Decode([.. "# -*- coding: latin-1 -*-\ns = '"u8, 0xE9, .. "'\n"u8]);

        Assert.Equal(("latin-1", (string?)null), (source.Encoding, source.EncodingProblem));
        Assert.Contains("s = 'é'", source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# coding=iso-8859-1", "latin-1")]
    [InlineData("# coding: ISO8859-1", "latin-1")]
    [InlineData("# coding: l1", "latin-1")]
    [InlineData("# coding: latin_1", "latin-1")]
    [InlineData("# coding: utf8", "utf-8")]
    [InlineData("# coding: UTF_8", "utf-8")]
    [InlineData("# vim: set fileencoding=utf-8 :", "utf-8")]
    [InlineData("# coding: ascii", "ascii")]
    [InlineData("# coding: cp1252", "cp1252")]
    [InlineData("# coding: windows-1252", "cp1252")]
    [InlineData("# coding: koi8-r", "koi8-r")]
    [InlineData("   #!coding:latin-1", "latin-1")]
    public void Decode_CookieNames_AreNormalised(string cookie, string encoding)
    {
        var source = PythonSource.Decode(Encoding.ASCII.GetBytes(cookie + "\nx = 1\n"));

        Assert.Equal((encoding, (string?)null), (source.Encoding, source.EncodingProblem));
    }

    [Fact]
    public void Decode_Cp1252Cookie_DecodesTheEuroSign()
    {
        var source = PythonSource.Decode([.. "# coding: cp1252\ns = '"u8, 0x80, .. "'\n"u8]);

        Assert.Contains("'€'", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CookieOnLineTwoAfterAShebang_IsUsed()
    {
        var source = PythonSource.Decode([.. "#!/usr/bin/env python\n# -*- coding: iso-8859-1 -*-\ns = '"u8, 0xE9, .. "'\n"u8]);

        Assert.Equal(("latin-1", (string?)null), (source.Encoding, source.EncodingProblem));
        Assert.Contains("'é'", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CookieOnLineTwoAfterCode_IsIgnored()
    {
        var source = PythonSource.Decode([.. "x = 1\n# coding: latin-1\ns = '"u8, 0xE9, .. "'\n"u8]);

        Assert.Equal("utf-8", source.Encoding);
        Assert.NotNull(source.EncodingProblem);
        Assert.Contains("'\uFFFD'", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CookieOnLineThree_IsIgnored()
    {
        var source = PythonSource.Decode("#\n#\n# coding: latin-1\n"u8);

        Assert.Equal("utf-8", source.Encoding);
    }

    [Fact]
    public void Decode_CookieInAString_IsIgnored()
    {
        Assert.Equal("utf-8", PythonSource.Decode("x = '# coding: latin-1'\n"u8).Encoding);
    }

    [Fact]
    public void Decode_UnknownCodec_IsUtf8WithAProblem()
    {
        var source = PythonSource.Decode("# coding: klingon\nx = 1\n"u8);

        Assert.Equal("utf-8", source.Encoding);
        Assert.Contains("klingon", source.EncodingProblem, StringComparison.Ordinal);
        Assert.Equal("# coding: klingon\nx = 1\n", source.Text);
    }

    [Fact]
    public void Decode_InvalidUtf8_BecomesReplacementCharactersWithAProblem()
    {
        var source = PythonSource.Decode([.. "s = '"u8, 0xFF, 0xC3, .. "'\n"u8]);

        Assert.Equal("utf-8", source.Encoding);
        Assert.Contains("utf-8", source.EncodingProblem, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', source.Text);
        Assert.Equal(PythonTokenKind.String, source.Tokens[2].Kind);
    }

    [Fact]
    public void Decode_AsciiWithHighBytes_BecomesReplacementCharactersWithAProblem()
    {
        var source = PythonSource.Decode([.. "# coding: ascii\ns = '"u8, 0xE9, .. "'\n"u8]);

        Assert.Equal("ascii", source.Encoding);
        Assert.NotNull(source.EncodingProblem);
        Assert.Contains("'\uFFFD'", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ByteOrderMarkAndALatin1Cookie_IsUtf8WithAProblem()
    {
        var source = PythonSource.Decode([0xEF, 0xBB, 0xBF, .. "# coding: latin-1\nx = 1\n"u8]);

        Assert.Equal("utf-8", source.Encoding);
        Assert.Contains("byte order mark", source.EncodingProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_AreMadeOnceAndTextOfGivesEachTokensText()
    {
        var source = PythonSource.Decode("exec(base64.b64decode('cHJpbnQoMSk='))\n"u8);

        Assert.Same(source.Tokens, source.Tokens);
        Assert.Equal("'cHJpbnQoMSk='", source.TextOf(source.Tokens[6]).ToString());
        Assert.Equal("", source.TextOf(new PythonToken(PythonTokenKind.Name, 1000, 5, 1)).ToString());
        Assert.Equal("", source.TextOf(new PythonToken(PythonTokenKind.Name, -1, 5, 1)).ToString());
    }

    [Fact]
    public void Decode_RandomBytesWithCookies_NeverThrows()
    {
        var random = new Random(42);
        string[] cookies = ["", "# coding: latin-1\n", "# coding: cp1252\n", "# coding: ascii\n", "# coding: shift_jis\n", "# coding: nope\n", "#\n# coding=utf-8\n", "\uFEFF# coding: latin-1\n"];
        for (var run = 0; run < 1000; run++)
        {
            var body = new byte[random.Next(0, 512)];
            random.NextBytes(body);
            var source = PythonSource.Decode([.. Encoding.UTF8.GetBytes(cookies[run % cookies.Length]), .. body]);
            Tokens.AssertWellFormed(source.Text, source.Tokens);
        }
    }
}

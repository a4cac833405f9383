using System.Text;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>Coding cookies that turn escapes into characters (review 13, 1.3), decoded as CPython does; unknown codecs told apart from invalid bytes.</summary>
public sealed class EscapingCodecTests
{
    [Theory]
    [InlineData("# coding: utf-7\n#+AAo-x = 1\n", "utf-7", "# coding: utf-7\n#\nx = 1\n")]
    [InlineData("# coding: u7\na +- b\n", "utf-7", "# coding: u7\na + b\n")]
    [InlineData("# coding: unicode_escape\n#\\x0ax = '\\u00e9'\n", "unicode-escape", "# coding: unicode_escape\n#\nx = 'é'\n")]
    [InlineData("# coding: Unicode-Escape\n#\\nx = 1\\q\n", "unicode-escape", "# coding: Unicode-Escape\n#\nx = 1\\q\n")]
    [InlineData("# coding: raw-unicode-escape\n#\\u000ax = '\\\\u0041\\n'\n", "raw-unicode-escape", "# coding: raw-unicode-escape\n#\nx = '\\\\u0041\\n'\n")]
    [InlineData("# vim: set fileencoding=raw_unicode_escape :\n\\U00000041 = 1\n", "raw-unicode-escape", "# vim: set fileencoding=raw_unicode_escape :\nA = 1\n")]
    public void Decode_EscapingCodec_DecodesAndFlags(string bytes, string codec, string text)
    {
        var source = PythonSource.Decode(Encoding.Latin1.GetBytes(bytes));

        Assert.Equal((text, codec, true, (string?)null), (source.Text, source.Encoding, source.HasEscapingCodec, source.EncodingProblem));
    }

    [Fact]
    public void Decode_MalformedUnicodeEscape_IsAnInvalidBytesProblem()
    {
        var source = PythonSource.Decode("# coding: unicode_escape\nx = '\\xZZ'\n"u8);

        Assert.Equal((true, SourceEncodingProblem.InvalidBytes), (source.HasEscapingCodec, source.EncodingProblemKind));
    }

    [Fact]
    public void Decode_UnknownCodec_IsAnUnknownCodecProblem()
    {
        var source = PythonSource.Decode("# coding: no-such-codec\nx = 1\n"u8);

        Assert.Equal((SourceEncodingProblem.UnknownCodec, false), (source.EncodingProblemKind, source.HasEscapingCodec));
    }

    [Fact]
    public void Decode_InvalidUtf8_IsAnInvalidBytesProblem()
    {
        var source = PythonSource.Decode([.. "x = '"u8, 0xFF, .. "'\n"u8]);

        Assert.Equal(SourceEncodingProblem.InvalidBytes, source.EncodingProblemKind);
    }

    [Fact]
    public void Decode_OrdinaryCodecs_AreNotEscaping()
    {
        Assert.False(PythonSource.Decode("# coding: latin-1\nx = 1\n"u8).HasEscapingCodec);
        Assert.False(PythonSource.Decode("x = 1\n"u8).HasEscapingCodec);
        Assert.Equal(SourceEncodingProblem.None, PythonSource.Decode("x = 1\n"u8).EncodingProblemKind);
    }
}

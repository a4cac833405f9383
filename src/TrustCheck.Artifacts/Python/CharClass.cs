using System.Buffers;
using System.Globalization;
using System.Text;

namespace TrustCheck.Artifacts.Python;

/// <summary>What an ASCII character can start, by table; identifiers beyond ASCII by Unicode category (PEP 3131).</summary>
internal static class CharClass
{
    /// <summary>Not a token start: an error character.</summary>
    public const byte Other = 0;

    /// <summary>Space, tab, form feed.</summary>
    public const byte Space = 1;

    /// <summary>CR or LF.</summary>
    public const byte LineEnd = 2;

    /// <summary><c>#</c>.</summary>
    public const byte Hash = 3;

    /// <summary><c>'</c> or <c>"</c>.</summary>
    public const byte Quote = 4;

    /// <summary>0-9.</summary>
    public const byte Digit = 5;

    /// <summary>A-Z, a-z, _.</summary>
    public const byte Letter = 6;

    /// <summary>An operator's first character (a dot is <see cref="Dot"/>).</summary>
    public const byte Operator = 7;

    /// <summary><c>.</c>: an operator, an ellipsis or a float.</summary>
    public const byte Dot = 8;

    /// <summary><c>\</c>: a line continuation or an error.</summary>
    public const byte Backslash = 9;

    /// <summary>Any character from U+0080: an identifier or an error.</summary>
    public const byte NonAscii = 10;

    // One entry per ASCII character.
    private static ReadOnlySpan<byte> Table =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 1, 2, 0, 0, // \t \n \f \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 7, 4, 3, 0, 7, 7, 4, 7, 7, 7, 7, 7, 7, 8, 7, // space ! " # $ % & ' ( ) * + , - . /
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7, 0, // 0-9 : ; < = > ?
        7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, // @ A-O
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 9, 7, 7, 6, // P-Z [ \ ] ^ _
        0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, // ` a-o
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 0, // p-z { | } ~ DEL
    ];

    /// <summary>The class of a character.</summary>
    public static byte Of(char c) => c < 128 ? Table[c] : NonAscii;

    /// <summary>Whether an ASCII character continues an identifier (letters, digits, underscore).</summary>
    public static bool IsAsciiIdentifierPart(char c) => c < 128 && Table[c] is Letter or Digit;

    /// <summary>
    /// The length (1 or 2 code units) of the identifier character at <paramref name="pos"/>, a character from U+0080,
    /// or 0 when it is none: letters and letter numbers start identifiers; marks, digits and connectors continue them.
    /// </summary>
    public static int NonAsciiIdentifierChar(ReadOnlySpan<char> text, int pos, bool start)
    {
        if (Rune.DecodeFromUtf16(text[pos..], out var rune, out var consumed) != OperationStatus.Done)
        {
            return 0;
        }

        var value = rune.Value;
        if (value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C)
        {
            return consumed; // Other_ID_Start
        }

        if (!start && value is 0xB7 or 0x387 or (>= 0x1369 and <= 0x1371) or 0x19DA)
        {
            return consumed; // Other_ID_Continue
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return consumed;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return start ? 0 : consumed;
            default:
                return 0;
        }
    }

    /// <summary>The length of one code point at <paramref name="pos"/>: 2 for a valid surrogate pair, else 1.</summary>
    public static int CodePointLength(ReadOnlySpan<char> text, int pos) =>
        char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;

    /// <summary>The end of the identifier whose first character (ASCII or not) ends at <paramref name="pos"/>.</summary>
    public static int IdentifierEnd(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c < 128)
            {
                if (Table[c] is not (Letter or Digit))
                {
                    return pos;
                }

                pos++;
            }
            else
            {
                var length = NonAsciiIdentifierChar(text, pos, start: false);
                if (length == 0)
                {
                    return pos;
                }

                pos += length;
            }
        }

        return pos;
    }

    /// <summary>The length of the line ending at <paramref name="pos"/>: 2 for CRLF, 1 for CR or LF, 0 for none.</summary>
    public static int LineEndLength(ReadOnlySpan<char> text, int pos) =>
        pos >= text.Length ? 0
        : text[pos] == '\n' ? 1
        : text[pos] == '\r' ? (pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1)
        : 0;

    /// <summary>The number of line endings (CRLF, CR, LF) in a span.</summary>
    public static int CountLines(ReadOnlySpan<char> span)
    {
        var lines = span.Count('\n');
        if (span.Contains('\r'))
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] == '\r' && (i + 1 == span.Length || span[i + 1] != '\n'))
                {
                    lines++;
                }
            }
        }

        return lines;
    }
}

using System.Text;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// PEP 263 coding declarations: the cookie <c>^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)</c> (ASCII) on line 1, or on line 2
/// when line 1 is blank or a comment, and the codec a name stands for, normalised the way CPython spells it.
/// </summary>
internal static class EncodingDeclaration
{
    /// <summary>The declared codec name as written, or null when neither of the first two lines declares one.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var first = LineAt(bytes, 0, out var next);
        if (Cookie(first) is { } name)
        {
            return name;
        }

        return IsBlankOrComment(first) && next < bytes.Length ? Cookie(LineAt(bytes, next, out _)) : null;
    }

    /// <summary>
    /// The codec a declared name stands for when it is one that turns escapes in the bytes into characters —
    /// <c>utf-7</c>, <c>unicode-escape</c>, <c>raw-unicode-escape</c> — so that code can hide in what reads as a comment
    /// (<c>#+AAo-import os</c>, <c>#\x0aimport os</c>); null for any other codec. Names are normalised the way
    /// CPython's codec registry does (case folded, runs of punctuation other than <c>.</c> as one <c>_</c>, aliases).
    /// </summary>
    public static string? Escaping(string declared)
    {
        var name = CodecRegistryName(declared);
        return name switch
        {
            "utf_7" or "utf7" or "u7" or "unicode_1_1_utf_7" => "utf-7",
            "unicode_escape" => "unicode-escape",
            "raw_unicode_escape" => "raw-unicode-escape",
            _ => null,
        };
    }

    /// <summary><c>encodings.normalize_encoding</c> of the lower-cased name: punctuation runs (not <c>.</c>) become one <c>_</c>, none at the ends.</summary>
    private static string CodecRegistryName(string declared)
    {
        var name = new StringBuilder(declared.Length);
        var punctuation = false;
        foreach (var c in declared.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punctuation && name.Length > 0)
                {
                    name.Append('_');
                }

                name.Append(c);
                punctuation = false;
            }
            else
            {
                punctuation = true;
            }
        }

        return name.ToString();
    }

    /// <summary>
    /// The codec a declared name stands for and its normalised name (<c>utf-8</c>, <c>latin-1</c>, <c>ascii</c>,
    /// <c>cp1252</c>…), or a null encoding when no codec of that name is known.
    /// </summary>
    public static (string Name, Encoding? Encoding) Resolve(string declared)
    {
        var name = declared.ToLowerInvariant().Replace('_', '-');
        if (name is "utf-8" or "utf8" or "u8" or "utf" or "cp65001" || name.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return ("utf-8", Encoding.UTF8);
        }

        if (name is "latin-1" or "latin1" or "l1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "iso-ir-100" or "iso-latin-1" or "latin"
            || name.StartsWith("latin-1-", StringComparison.Ordinal) || name.StartsWith("iso-8859-1-", StringComparison.Ordinal))
        {
            return ("latin-1", Encoding.Latin1);
        }

        if (name is "ascii" or "us-ascii" or "646" or "us")
        {
            return ("ascii", Encoding.ASCII);
        }

        var codePage = CodePageOf(name);
        if (codePage > 0 && CodePages(codePage) is { } byNumber)
        {
            return ("cp" + codePage.ToString(System.Globalization.CultureInfo.InvariantCulture), byNumber);
        }

        var iso = name.StartsWith("iso8859-", StringComparison.Ordinal) ? "iso-8859-" + name["iso8859-".Length..] : name;
        var byName = CodePagesEncodingProvider.Instance.GetEncoding(iso);
        return byName is null ? (name, null) : (iso, byName);
    }

    private static Encoding? CodePages(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // cp1252, windows-1252, ms1252 -> 1252.
    private static int CodePageOf(string name)
    {
        var digits = name.StartsWith("cp", StringComparison.Ordinal) ? name[2..]
            : name.StartsWith("windows-", StringComparison.Ordinal) ? name["windows-".Length..]
            : name.StartsWith("ms", StringComparison.Ordinal) ? name[2..]
            : null;
        return digits is { Length: > 0 and <= 5 } && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static ReadOnlySpan<byte> LineAt(ReadOnlySpan<byte> bytes, int start, out int next)
    {
        var rest = bytes[start..];
        var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
        if (end < 0)
        {
            next = bytes.Length;
            return rest;
        }

        next = start + end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return rest[..end];
    }

    private static int SkipIndentation(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        var i = SkipIndentation(line);
        return i == line.Length || line[i] == '#';
    }

    private static string? Cookie(ReadOnlySpan<byte> line)
    {
        var i = SkipIndentation(line);
        if (i == line.Length || line[i] != '#')
        {
            return null;
        }

        var rest = line[(i + 1)..];
        while (true)
        {
            var at = rest.IndexOf("coding"u8);
            if (at < 0)
            {
                return null;
            }

            rest = rest[(at + "coding".Length)..];
            if (rest.Length == 0 || rest[0] is not ((byte)':' or (byte)'='))
            {
                continue;
            }

            var p = 1;
            while (p < rest.Length && rest[p] is (byte)' ' or (byte)'\t')
            {
                p++;
            }

            var nameStart = p;
            while (p < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[p]) || rest[p] is (byte)'-' or (byte)'_' or (byte)'.'))
            {
                p++;
            }

            if (p > nameStart)
            {
                return Encoding.ASCII.GetString(rest[nameStart..p]);
            }
        }
    }
}

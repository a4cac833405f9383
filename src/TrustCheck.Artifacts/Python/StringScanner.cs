using System.Buffers;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// Finds where a string literal ends. Plain strings end at their closing quote (a backslash always takes the next
/// character, raw or not); a single-quoted one may not cross an unescaped line ending. An f-string is one token whose
/// replacement fields may hold nested strings with any quotes (Python 3.12), brackets, format specs with nested fields
/// and <c>{{</c>/<c>}}</c> escapes; it is scanned with an explicit <see cref="FrameStack"/>, in one pass.
/// </summary>
/// <remarks>
/// Frames are ints. A string frame has <see cref="IsString"/>, its own <see cref="Triple"/> and <see cref="DoubleQuote"/>,
/// <see cref="Raw"/> and <see cref="Format"/>. A replacement-field frame has <see cref="Triple"/> and
/// <see cref="DoubleQuote"/> of the string it is in, <see cref="InSpec"/> once its top-level <c>:</c> is passed, and its
/// bracket depth from <see cref="DepthShift"/>. A replacement field of a single-quoted f-string may not cross a line
/// ending (Python 3.11's rule; 3.12 allows it), which keeps a failed scan from reaching beyond its line.
/// </remarks>
internal static class StringScanner
{
    private const int IsString = 1;
    private const int Triple = 2;
    private const int DoubleQuote = 4;
    private const int Raw = 8;
    private const int Format = 16;
    private const int InSpec = 32;
    private const int DepthShift = 6;
    private const int DepthUnit = 1 << DepthShift;

    private static readonly SearchValues<char> SingleStops = SearchValues.Create("'\\\r\n");
    private static readonly SearchValues<char> DoubleStops = SearchValues.Create("\"\\\r\n");
    private static readonly SearchValues<char> NamedEscapeStops = SearchValues.Create("}'\"\r\n");
    private static readonly SearchValues<char> LiteralStops = SearchValues.Create("'\"\\\r\n{}");

    /// <summary>
    /// Whether <paramref name="word"/> is a string prefix (none, or r, u, b, f, br, rb, fr, rf in any case);
    /// <paramref name="flags"/> gets its raw and format bits.
    /// </summary>
    public static bool IsPrefix(ReadOnlySpan<char> word, out int flags)
    {
        flags = 0;
        if (word.Length is 0 or > 2)
        {
            return word.Length == 0;
        }

        bool r = false, b = false, u = false, f = false;
        foreach (var c in word)
        {
            switch (c | 0x20)
            {
                case 'r' when !r: r = true; break;
                case 'b' when !b: b = true; break;
                case 'u' when !u: u = true; break;
                case 'f' when !f: f = true; break;
                default: return false;
            }
        }

        if (word.Length == 2 && (u || (b && f) || !r))
        {
            return false;
        }

        flags = (r ? Raw : 0) | (f ? Format : 0);
        return true;
    }

    /// <summary>
    /// Scans the string whose opening quote is at <paramref name="quote"/>. Returns its end (just past the closing
    /// quotes) and true, or, unterminated, the end of an error token and false: for a triple-quoted string the end of
    /// the text, otherwise where the scan stopped (an unescaped line ending, or the end of the text).
    /// </summary>
    public static bool Scan(ReadOnlySpan<char> text, int quote, int prefixFlags, out int end)
    {
        var q = text[quote];
        var triple = quote + 2 < text.Length && text[quote + 1] == q && text[quote + 2] == q;
        var frame = IsString | prefixFlags | (triple ? Triple : 0) | (q == '"' ? DoubleQuote : 0);
        var start = quote + (triple ? 3 : 1);
        if ((prefixFlags & Format) == 0)
        {
            return triple ? ScanTriple(text, start, q, out end) : ScanSingle(text, start, q, out end);
        }

        Span<int> initial = stackalloc int[16];
        var stack = new FrameStack(initial);
        stack.Push(frame);
        if (Run(text, start, ref stack, out end))
        {
            return true;
        }

        if (triple)
        {
            end = text.Length;
        }

        return false;
    }

    /// <summary>
    /// The end (just past the closing <c>}</c>) of the replacement field that starts just after <paramref name="afterBrace"/>
    /// in an f-string's content, or -1 when it does not close.
    /// </summary>
    public static int ReplacementFieldEnd(ReadOnlySpan<char> content, int afterBrace, char quote, bool triple)
    {
        Span<int> initial = stackalloc int[16];
        var stack = new FrameStack(initial);
        stack.Push((triple ? Triple : 0) | (quote == '"' ? DoubleQuote : 0));
        return Run(content, afterBrace, ref stack, out var end) ? end : -1;
    }

    private static bool ScanSingle(ReadOnlySpan<char> text, int pos, char q, out int end)
    {
        var stops = q == '"' ? DoubleStops : SingleStops;
        while (true)
        {
            var found = text[pos..].IndexOfAny(stops);
            if (found < 0)
            {
                end = text.Length;
                return false;
            }

            pos += found;
            var c = text[pos];
            if (c == q)
            {
                end = pos + 1;
                return true;
            }

            if (c != '\\')
            {
                end = pos;
                return false;
            }

            pos = SkipEscape(text, pos);
        }
    }

    private static bool ScanTriple(ReadOnlySpan<char> text, int pos, char q, out int end)
    {
        while (true)
        {
            var found = text[pos..].IndexOfAny(q, '\\');
            if (found < 0)
            {
                end = text.Length;
                return false;
            }

            pos += found;
            if (text[pos] == '\\')
            {
                pos = SkipEscape(text, pos);
            }
            else if (pos + 2 < text.Length && text[pos + 1] == q && text[pos + 2] == q)
            {
                end = pos + 3;
                return true;
            }
            else
            {
                pos++;
            }
        }
    }

    // A backslash and the character it takes (CRLF as one); never past the end.
    private static int SkipEscape(ReadOnlySpan<char> text, int backslash)
    {
        var next = backslash + 1;
        if (next >= text.Length)
        {
            return next;
        }

        return text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
    }

    // A backslash in a string frame's literal text: before a brace it takes nothing (the brace still opens or closes a
    // field); \N{...} in a non-raw f-string takes its braces up to the line's end; otherwise it takes one character.
    private static int LiteralEscape(ReadOnlySpan<char> text, int backslash, int frame)
    {
        var next = backslash + 1;
        if (next < text.Length && (frame & Format) != 0)
        {
            if (text[next] is '{' or '}')
            {
                return next;
            }

            if ((frame & Raw) == 0 && text[next] == 'N' && next + 1 < text.Length && text[next + 1] == '{')
            {
                var close = text[(next + 2)..].IndexOfAny(NamedEscapeStops);
                if (close >= 0 && text[next + 2 + close] == '}')
                {
                    return next + 3 + close;
                }
            }
        }

        return SkipEscape(text, backslash);
    }

    private static char QuoteOf(int frame) => (frame & DoubleQuote) != 0 ? '"' : '\'';

    private static bool ClosesAt(ReadOnlySpan<char> text, int pos, int frame)
    {
        var q = QuoteOf(frame);
        return text[pos] == q && ((frame & Triple) == 0 || (pos + 2 < text.Length && text[pos + 1] == q && text[pos + 2] == q));
    }

    // Runs the frames from pos until the stack is empty (true, end just past the last close) or the scan fails
    // (false, end where it stopped).
    private static bool Run(ReadOnlySpan<char> text, int pos, ref FrameStack stack, out int end)
    {
        while (true)
        {
            if (stack.Count == 0)
            {
                end = pos;
                return true;
            }

            if (pos >= text.Length)
            {
                end = text.Length;
                return false;
            }

            var frame = stack.Top;
            var c = text[pos];
            if ((frame & IsString) != 0)
            {
                if (c == QuoteOf(frame))
                {
                    if (ClosesAt(text, pos, frame))
                    {
                        pos += (frame & Triple) != 0 ? 3 : 1;
                        stack.Pop();
                    }
                    else
                    {
                        pos++;
                    }

                    continue;
                }

                switch (c)
                {
                    case '\\':
                        pos = LiteralEscape(text, pos, frame);
                        break;
                    case '\r' or '\n':
                        if ((frame & Triple) == 0)
                        {
                            end = pos;
                            return false;
                        }

                        pos++;
                        break;
                    case '{' when (frame & Format) != 0:
                        if (pos + 1 < text.Length && text[pos + 1] == '{')
                        {
                            pos += 2;
                        }
                        else
                        {
                            stack.Push(frame & (Triple | DoubleQuote));
                            pos++;
                        }

                        break;
                    default:
                        pos++;
                        var skip = text[pos..].IndexOfAny(LiteralStops);
                        pos = skip < 0 ? text.Length : pos + skip;
                        break;
                }

                continue;
            }

            if ((frame & InSpec) != 0)
            {
                pos = Spec(text, pos, c, frame, ref stack, out var failed);
                if (failed)
                {
                    end = pos;
                    return false;
                }

                continue;
            }

            pos = Expression(text, pos, c, frame, ref stack, out var broken);
            if (broken)
            {
                end = pos;
                return false;
            }
        }
    }

    // One step in a replacement field's format spec: literal text, nested fields, the closing brace.
    private static int Spec(ReadOnlySpan<char> text, int pos, char c, int frame, ref FrameStack stack, out bool failed)
    {
        failed = false;
        switch (c)
        {
            case '{':
                stack.Push(frame & (Triple | DoubleQuote));
                return pos + 1;
            case '}':
                stack.Pop();
                return pos + 1;
            case '\\':
                return pos + 1 < text.Length && text[pos + 1] is '{' or '}' ? pos + 1 : SkipEscape(text, pos);
            case '\r' or '\n':
                failed = (frame & Triple) == 0;
                return failed ? pos : pos + 1;
            default:
                if (ClosesAt(text, pos, frame))
                {
                    stack.Pop(); // the string closes here: the enclosing string frame takes the quotes
                    return pos;
                }

                return pos + 1;
        }
    }

    // One step in a replacement field's expression: nested strings, brackets, the top-level ':' and '}'.
    private static int Expression(ReadOnlySpan<char> text, int pos, char c, int frame, ref FrameStack stack, out bool failed)
    {
        failed = false;
        switch (CharClass.Of(c))
        {
            case CharClass.Quote:
                return OpenNested(text, pos, 0, ref stack);
            case CharClass.Letter or CharClass.NonAscii:
                var wordEnd = c < 128 ? CharClass.IdentifierEnd(text, pos + 1) : CharClass.IdentifierEnd(text, pos + CharClass.CodePointLength(text, pos));
                if (wordEnd < text.Length && text[wordEnd] is '\'' or '"' && wordEnd - pos <= 2 && IsPrefix(text[pos..wordEnd], out var flags))
                {
                    return OpenNested(text, wordEnd, flags, ref stack);
                }

                return wordEnd;
            case CharClass.LineEnd:
                failed = (frame & Triple) == 0;
                return failed ? pos : pos + 1;
            case CharClass.Hash:
                var lineEnd = text[pos..].IndexOfAny('\r', '\n');
                return lineEnd < 0 ? text.Length : pos + lineEnd;
            case CharClass.Backslash:
                return SkipEscape(text, pos);
        }

        var depth = frame >> DepthShift;
        switch (c)
        {
            case '(' or '[' or '{':
                stack.ReplaceTop(frame + DepthUnit);
                break;
            case ')' or ']':
                if (depth > 0)
                {
                    stack.ReplaceTop(frame - DepthUnit);
                }

                break;
            case '}':
                if (depth > 0)
                {
                    stack.ReplaceTop(frame - DepthUnit);
                }
                else
                {
                    stack.Pop();
                }

                break;
            case ':' when depth == 0:
                stack.ReplaceTop(frame | InSpec);
                break;
        }

        return pos + 1;
    }

    private static int OpenNested(ReadOnlySpan<char> text, int quote, int prefixFlags, ref FrameStack stack)
    {
        var q = text[quote];
        var triple = quote + 2 < text.Length && text[quote + 1] == q && text[quote + 2] == q;
        stack.Push(IsString | prefixFlags | (triple ? Triple : 0) | (q == '"' ? DoubleQuote : 0));
        return quote + (triple ? 3 : 1);
    }
}

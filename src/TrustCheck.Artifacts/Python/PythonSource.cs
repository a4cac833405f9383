using System.Text;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// A Python source file's bytes decoded per PEP 263 (UTF-8 byte order mark, coding declaration, UTF-8 by default),
/// with its tokens made once on first use. Undecodable bytes and unknown codecs are reported, never thrown.
/// </summary>
public sealed class PythonSource
{
    private List<PythonToken>? _tokens;

    private PythonSource(string text, string encoding, string? problem, SourceEncodingProblem kind = SourceEncodingProblem.None)
    {
        Text = text;
        Encoding = encoding;
        EncodingProblem = problem;
        EncodingProblemKind = problem is null ? SourceEncodingProblem.None : kind == SourceEncodingProblem.None ? SourceEncodingProblem.InvalidBytes : kind;
    }

    /// <summary>The decoded text, without a byte order mark; line endings as they were.</summary>
    public string Text { get; }

    /// <summary>The codec used, normalised and lower-case: <c>utf-8</c>, <c>latin-1</c>, <c>ascii</c>, <c>cp1252</c>…</summary>
    public string Encoding { get; }

    /// <summary>What was wrong with the encoding (an unknown codec, invalid bytes, a declaration contradicting the byte order mark), or null.</summary>
    public string? EncodingProblem { get; }

    /// <summary>What kind of problem <see cref="EncodingProblem"/> is (an unknown codec is worse than a stray byte).</summary>
    public SourceEncodingProblem EncodingProblemKind { get; }

    /// <summary>
    /// Whether the declared codec turns escapes into characters (<c>utf-7</c>, <c>unicode-escape</c>,
    /// <c>raw-unicode-escape</c>): what a reviewer sees as a comment may be code. <see cref="Text"/> is the decoded
    /// text CPython runs.
    /// </summary>
    public bool HasEscapingCodec { get; private init; }

    /// <summary>The tokens of <see cref="Text"/> (see <see cref="PythonTokenizer.Tokenize"/>), made on first access.</summary>
    public IReadOnlyList<PythonToken> Tokens
    {
        get
        {
            if (_tokens is null)
            {
                var tokens = new List<PythonToken>(Text.Length / 5 + 8);
                PythonTokenizer.Tokenize(Text, tokens);
                Interlocked.CompareExchange(ref _tokens, tokens, null);
            }

            return _tokens;
        }
    }

    /// <summary>Decodes a source file's bytes. Never throws.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The decoded source.</returns>
    public static PythonSource Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            var body = bytes[3..];
            var declaredAfterMark = EncodingDeclaration.Find(body);
            var conflict = declaredAfterMark is not null && EncodingDeclaration.Resolve(declaredAfterMark).Name != "utf-8"
                ? $"The file starts with a UTF-8 byte order mark but declares the encoding '{declaredAfterMark}'; decoded as UTF-8."
                : null;
            var marked = Utf8(body, conflict);
            return conflict is null ? marked : new PythonSource(marked.Text, marked.Encoding, conflict, SourceEncodingProblem.ByteOrderMarkConflict);
        }

        var declared = EncodingDeclaration.Find(bytes);
        if (declared is null)
        {
            return Utf8(bytes, null);
        }

        if (EncodingDeclaration.Escaping(declared) is { } escaping)
        {
            return new PythonSource(EscapingCodecs.Decode(bytes, escaping, out var malformed), escaping, malformed ? Invalid(escaping) : null) { HasEscapingCodec = true };
        }

        var (name, encoding) = EncodingDeclaration.Resolve(declared);
        if (encoding is null)
        {
            var utf8 = Utf8(bytes, null);
            return new PythonSource(utf8.Text, utf8.Encoding, $"The coding declaration names '{declared}', which is not a known codec; decoded as UTF-8.", SourceEncodingProblem.UnknownCodec);
        }

        if (name == "utf-8")
        {
            return Utf8(bytes, null);
        }

        if (name == "latin-1")
        {
            return new PythonSource(System.Text.Encoding.Latin1.GetString(bytes), name, null);
        }

        if (name == "ascii")
        {
            var invalid = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
            var text = string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    chars[i] = source[i] < 0x80 ? (char)source[i] : '\uFFFD';
                }
            });
            return new PythonSource(text, name, invalid ? Invalid(name) : null);
        }

        return CodePage(bytes, name, encoding);
    }

    /// <summary>The text of a token of this source; empty when the token lies outside it.</summary>
    /// <param name="token">A token of <see cref="Tokens"/>.</param>
    /// <returns>Its text.</returns>
    public ReadOnlySpan<char> TextOf(PythonToken token) =>
        token.Start >= 0 && token.Length >= 0 && token.Start <= Text.Length - token.Length ? Text.AsSpan(token.Start, token.Length) : [];

    private static PythonSource Utf8(ReadOnlySpan<byte> bytes, string? problem)
    {
        var valid = System.Text.Unicode.Utf8.IsValid(bytes);
        return new PythonSource(System.Text.Encoding.UTF8.GetString(bytes), "utf-8", problem ?? (valid ? null : Invalid("utf-8")));
    }

    private static PythonSource CodePage(ReadOnlySpan<byte> bytes, string name, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return new PythonSource(strict.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            return new PythonSource(lenient.GetString(bytes), name, Invalid(name));
        }
    }

    private static string Invalid(string name) => $"The bytes are not valid {name}; what could not be decoded became U+FFFD.";
}

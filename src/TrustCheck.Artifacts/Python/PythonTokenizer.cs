namespace TrustCheck.Artifacts.Python;

/// <summary>
/// Splits Python source into tokens the way CPython 3.11's <c>tokenize</c> module does (without its ENCODING token),
/// with f-strings as single tokens even when their replacement fields nest the same quotes (Python 3.12). Written for
/// hostile input: it never throws, runs in time linear in the text, and keeps nesting on the heap, not the call stack.
/// </summary>
public static class PythonTokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>; the last is always <see cref="PythonTokenKind.EndOfFile"/>.</summary>
    /// <param name="text">The decoded source (see <see cref="PythonSource.Decode"/>).</param>
    /// <param name="tokens">The list to append to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    public static void Tokenize(ReadOnlySpan<char> text, List<PythonToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Span<int> indentation = stackalloc int[64];
        new TokenScanner(text, tokens, indentation).Run();
    }
}

namespace TrustCheck.Artifacts.Python;

/// <summary>A token of Python source: where it is in the decoded text and what it is.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Its offset in the decoded text (<see cref="PythonSource.Text"/>), in UTF-16 code units.</param>
/// <param name="Length">Its length in UTF-16 code units; zero for dedents, the end of file and an implicit final newline.</param>
/// <param name="Line">The 1-based line of <paramref name="Start"/> (CR, LF and CRLF each end a line).</param>
public readonly record struct PythonToken(PythonTokenKind Kind, int Start, int Length, int Line)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;
}

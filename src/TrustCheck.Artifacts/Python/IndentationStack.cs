namespace TrustCheck.Artifacts.Python;

/// <summary>
/// The widths of the open indentation levels, outermost (always 0) first: starts in the caller's (stack) memory and
/// moves to the heap only when deeper, never recursively.
/// </summary>
internal ref struct IndentationStack
{
    private Span<int> _widths;
    private int _count;

    /// <summary>A stack holding the outermost level, 0, in <paramref name="initial"/> (at least one element).</summary>
    public IndentationStack(Span<int> initial)
    {
        _widths = initial;
        _widths[0] = 0;
        _count = 1;
    }

    /// <summary>The innermost level's width.</summary>
    public readonly int Top => _widths[_count - 1];

    /// <summary>The number of open levels beyond the outermost.</summary>
    public readonly int Depth => _count - 1;

    /// <summary>Opens a level.</summary>
    public void Push(int width)
    {
        if (_count == _widths.Length)
        {
            var larger = new int[_widths.Length * 2];
            _widths.CopyTo(larger);
            _widths = larger;
        }

        _widths[_count++] = width;
    }

    /// <summary>Closes the innermost level; the outermost is never closed.</summary>
    public void Pop()
    {
        if (_count > 1)
        {
            _count--;
        }
    }

    /// <summary>The column a line's leading whitespace reaches: tabs to the next multiple of 8, a form feed resets to 0.</summary>
    public static int Advance(int column, char whitespace) => whitespace switch
    {
        '\t' => (column / 8 + 1) * 8,
        '\f' => 0,
        _ => column + 1,
    };
}

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// The open strings and replacement fields while an f-string is scanned, one int each (see <see cref="StringScanner"/>):
/// an explicit stack, so hostile nesting costs memory in proportion to the text, never call depth.
/// </summary>
internal ref struct FrameStack
{
    private Span<int> _frames;
    private int _count;

    /// <summary>A stack that starts in <paramref name="initial"/> (usually stack memory) and moves to the heap when it is full.</summary>
    public FrameStack(Span<int> initial)
    {
        _frames = initial;
        _count = 0;
    }

    /// <summary>The number of open frames.</summary>
    public readonly int Count => _count;

    /// <summary>The innermost frame.</summary>
    public readonly int Top => _frames[_count - 1];

    /// <summary>Opens a frame.</summary>
    public void Push(int frame)
    {
        if (_count == _frames.Length)
        {
            var larger = new int[Math.Max(16, _frames.Length * 2)];
            _frames.CopyTo(larger);
            _frames = larger;
        }

        _frames[_count++] = frame;
    }

    /// <summary>Closes the innermost frame.</summary>
    public void Pop() => _count--;

    /// <summary>Replaces the innermost frame.</summary>
    public void ReplaceTop(int frame) => _frames[_count - 1] = frame;
}

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// Names assigned from decoded, decompressed, character-built or downloaded data, asked at a token. The rule, in source
/// order: a name is tainted at a token when some assignment gave it such data before the token (or anywhere in the
/// module, for a token inside a function, which runs later), unless a clean reassignment lies after the last such
/// assignment and before the token <em>in the same block</em> — straight-line code that always runs between them. A
/// reassignment after the token, in another block or in another function never clears it: <c>p = b64decode(x);
/// exec(p); p = None</c> is tainted, <c>data = b64decode(x); data = 'print(1)'; exec(data)</c> is not.
/// </summary>
internal sealed class TaintTracker
{
    private readonly Dictionary<string, List<Assignment>> _assignments = new(StringComparer.Ordinal);

    /// <summary>Records an assignment to <paramref name="name"/> at token <paramref name="position"/>.</summary>
    public void Assign(string name, int position, int block, bool tainted)
    {
        if (!_assignments.TryGetValue(name, out var list))
        {
            _assignments[name] = list = [];
        }

        list.Add(new Assignment(position, block, tainted));
    }

    /// <summary>Whether <paramref name="name"/> may hold decoded or downloaded data at a token.</summary>
    /// <param name="name">The name.</param>
    /// <param name="position">The token where it is read.</param>
    /// <param name="block">The block the token is in.</param>
    /// <param name="inFunction">Whether the token is inside a function.</param>
    public bool IsTainted(string name, int position, int block, bool inFunction)
    {
        if (!_assignments.TryGetValue(name, out var list))
        {
            return false;
        }

        var lastTainted = -1;
        var taintedAnywhere = false;
        foreach (var assignment in list)
        {
            if (assignment.Tainted)
            {
                taintedAnywhere |= inFunction || assignment.Position < position;
                if (assignment.Position < position)
                {
                    lastTainted = assignment.Position;
                }
            }
        }

        if (!taintedAnywhere)
        {
            return false;
        }

        foreach (var assignment in list)
        {
            if (!assignment.Tainted && assignment.Block == block && assignment.Position > lastTainted && assignment.Position < position)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any name was ever assigned tainted data.</summary>
    public bool Any { get; private set; }

    /// <summary>Marks the assignment at <paramref name="position"/> to <paramref name="name"/> tainted; returns whether it changed.</summary>
    public bool Taint(string name, int position)
    {
        var list = _assignments[name];
        var k = list.FindIndex(a => a.Position == position);
        if (k < 0 || list[k].Tainted)
        {
            return false;
        }

        list[k] = list[k] with { Tainted = true };
        Any = true;
        return true;
    }

    private readonly record struct Assignment(int Position, int Block, bool Tainted);
}

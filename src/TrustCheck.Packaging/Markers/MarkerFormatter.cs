using System.Text;

namespace TrustCheck.Packaging.Markers;

/// <summary>
/// The string form of a marker, as pypa/packaging writes it: atoms joined by single spaces, nested sequences in
/// parentheses, and a sequence of a single atom written as that atom (so redundant parentheses disappear).
/// </summary>
internal static class MarkerFormatter
{
    public static string Format(MarkerNode node)
    {
        var builder = new StringBuilder();
        Write(node, first: true, builder);
        return builder.ToString();
    }

    private static void Write(MarkerNode node, bool first, StringBuilder builder)
    {
        switch (node)
        {
            case MarkerSequence { Atoms.Count: 1 } single:
                Write(single.Atoms[0], first: true, builder);
                break;
            case MarkerSequence sequence:
                if (!first)
                {
                    builder.Append('(');
                }

                for (var i = 0; i < sequence.Atoms.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(' ').Append(sequence.Connectives[i - 1]).Append(' ');
                    }

                    Write(sequence.Atoms[i], first: false, builder);
                }

                if (!first)
                {
                    builder.Append(')');
                }

                break;
            case MarkerComparison comparison:
                builder.Append(comparison.Left.Serialize()).Append(' ').Append(comparison.Operator).Append(' ').Append(comparison.Right.Serialize());
                break;
        }
    }
}

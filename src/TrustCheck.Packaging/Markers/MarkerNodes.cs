namespace TrustCheck.Packaging.Markers;

/// <summary>A node of a parsed marker: a comparison or a (possibly parenthesized) sequence of them.</summary>
internal abstract record MarkerNode;

/// <summary>One side of a comparison: an environment variable or a quoted value.</summary>
/// <param name="IsVariable">True for a variable name, false for a value.</param>
/// <param name="Text">The variable's canonical name, or the decoded value.</param>
internal sealed record MarkerOperand(bool IsVariable, string Text)
{
    /// <summary>Variables as written; values in double quotes, or single quotes when they contain a double quote.</summary>
    public string Serialize() => IsVariable ? Text : Text.Contains('"', StringComparison.Ordinal) ? $"'{Text}'" : $"\"{Text}\"";
}

/// <summary><c>left op right</c>.</summary>
internal sealed record MarkerComparison(MarkerOperand Left, string Operator, MarkerOperand Right) : MarkerNode;

/// <summary>Atoms joined by <c>and</c>/<c>or</c> (connectives has one entry fewer than atoms).</summary>
internal sealed record MarkerSequence(IReadOnlyList<MarkerNode> Atoms, IReadOnlyList<string> Connectives) : MarkerNode;

using System.Diagnostics.CodeAnalysis;
using TrustCheck.Packaging.Markers;
using TrustCheck.Packaging.Parsing;

namespace TrustCheck.Packaging;

/// <summary>
/// A PEP 508 environment marker, e.g. <c>python_version &gt;= "3.9" and sys_platform == "linux"</c>, parsed once and
/// evaluated against any <see cref="MarkerEnvironment"/>. Extra and dependency-group names are normalized (PEP 685);
/// equality compares the normalized string forms.
/// </summary>
public sealed class MarkerExpression : IEquatable<MarkerExpression>
{
    private readonly MarkerSequence _tree;
    private readonly string _text;

    private MarkerExpression(MarkerSequence tree)
    {
        _tree = (MarkerSequence)NormalizeNames(tree);
        _text = MarkerFormatter.Format(_tree);
    }

    /// <summary>Parses a marker.</summary>
    /// <param name="text">The marker.</param>
    /// <exception cref="DependencySyntaxException">The text is not a valid marker; the message points at the problem.</exception>
    public static MarkerExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MarkerExpression(MarkerParser.ParseFull(new DependencyTokenizer(text)));
    }

    /// <summary>Parses a marker.</summary>
    /// <param name="text">The marker.</param>
    /// <param name="marker">The marker, when valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MarkerExpression? marker)
    {
        marker = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            marker = Parse(text);
            return true;
        }
        catch (DependencySyntaxException)
        {
            return false;
        }
    }

    internal static MarkerExpression FromTree(MarkerSequence tree) => new(tree);

    /// <summary>Evaluates the marker.</summary>
    /// <param name="environment">The target's variables.</param>
    /// <param name="context">Which default variables exist (<c>extra</c> for metadata, sets for lock files).</param>
    /// <returns>Whether the marker holds.</returns>
    /// <exception cref="MarkerEvaluationException">A variable is missing or a comparison is undefined.</exception>
    public bool Evaluate(MarkerEnvironment environment, MarkerContext context = MarkerContext.Metadata)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return MarkerEvaluator.Evaluate(_tree, environment.ForContext(context));
    }

    /// <summary>The normalized string form.</summary>
    public override string ToString() => _text;

    /// <inheritdoc />
    public bool Equals(MarkerExpression? other) => other is not null && _text == other._text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MarkerExpression);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Equality of normalized forms.</summary>
    public static bool operator ==(MarkerExpression? left, MarkerExpression? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of normalized forms.</summary>
    public static bool operator !=(MarkerExpression? left, MarkerExpression? right) => !(left == right);

    private static MarkerNode NormalizeNames(MarkerNode node) => node switch
    {
        MarkerSequence sequence => sequence with { Atoms = [.. sequence.Atoms.Select(NormalizeNames)] },
        MarkerComparison { Left.IsVariable: true, Right.IsVariable: false } c when IsNameVariable(c.Left.Text) =>
            c with { Right = c.Right with { Text = PackageName.Normalize(c.Right.Text) } },
        MarkerComparison { Left.IsVariable: false, Right.IsVariable: true } c when IsNameVariable(c.Right.Text) =>
            c with { Left = c.Left with { Text = PackageName.Normalize(c.Left.Text) } },
        _ => node,
    };

    private static bool IsNameVariable(string name) => name is "extra" or "extras" or "dependency_groups";
}

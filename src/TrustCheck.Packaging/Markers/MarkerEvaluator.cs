namespace TrustCheck.Packaging.Markers;

/// <summary>
/// Evaluates a parsed marker: <c>or</c> binds looser than <c>and</c>; version-valued variables compare as PEP 440
/// specifiers (pre-releases allowed), other values as strings with only equality, <c>in</c> and <c>not in</c>
/// defined (<c>&lt;</c> and <c>&gt;</c> are false, <c>&lt;=</c> and <c>&gt;=</c> mean equal).
/// </summary>
internal static class MarkerEvaluator
{
    private static readonly HashSet<string> VersionVariables = new(StringComparer.Ordinal)
    {
        "implementation_version", "platform_release", "python_full_version", "python_version",
    };

    private static readonly HashSet<string> SetVariables = new(StringComparer.Ordinal) { "extras", "dependency_groups" };

    public static bool Evaluate(MarkerNode node, MarkerEnvironment environment) => node switch
    {
        MarkerComparison comparison => EvaluateComparison(comparison, environment),
        MarkerSequence sequence => EvaluateSequence(sequence, environment),
        _ => throw new InvalidOperationException($"Unknown marker node {node.GetType().Name}."),
    };

    private static bool EvaluateSequence(MarkerSequence sequence, MarkerEnvironment environment)
    {
        // Evaluate every atom (as the reference does), then any group of and-ed atoms that is all true wins.
        var values = sequence.Atoms.Select(atom => Evaluate(atom, environment)).ToList();
        var groupTrue = values[0];
        var anyGroup = false;
        for (var i = 1; i < values.Count; i++)
        {
            if (sequence.Connectives[i - 1] == "or")
            {
                anyGroup |= groupTrue;
                groupTrue = values[i];
            }
            else
            {
                groupTrue &= values[i];
            }
        }

        return anyGroup || groupTrue;
    }

    private static bool EvaluateComparison(MarkerComparison comparison, MarkerEnvironment environment)
    {
        string key;
        object left;
        object right;
        if (comparison.Left.IsVariable)
        {
            key = comparison.Left.Text;
            left = Lookup(environment, key);
            right = comparison.Right.Text;
        }
        else
        {
            left = comparison.Left.Text;
            key = comparison.Right.Text;
            right = Lookup(environment, key);
        }

        if (left is not string leftText)
        {
            throw new MarkerEvaluationException(MarkerEvaluationErrorKind.UndefinedComparison, $"The set-valued variable '{key}' cannot be compared with '{comparison.Operator}' as a single value.");
        }

        if (SetVariables.Contains(key))
        {
            leftText = PackageName.Normalize(leftText);
            right = right is IReadOnlySet<string> set ? set.Select(PackageName.Normalize).ToHashSet(StringComparer.Ordinal) : PackageName.Normalize((string)right);
        }

        return Compare(leftText, comparison.Operator, right, key);
    }

    private static bool Compare(string left, string op, object right, string key)
    {
        if (VersionVariables.Contains(key) && right is string rightText && VersionSpecifier.TryParse(op + rightText, out var specifier))
        {
            return specifier.Contains(left, prereleases: true);
        }

        return (op, right) switch
        {
            ("in", string text) => text.Contains(left, StringComparison.Ordinal),
            ("in", IReadOnlySet<string> set) => set.Contains(left),
            ("not in", string text) => !text.Contains(left, StringComparison.Ordinal),
            ("not in", IReadOnlySet<string> set) => !set.Contains(left),
            ("<" or ">", _) => false,
            ("<=" or "==" or ">=", string text) => left == text,
            ("<=" or "==" or ">=", _) => false,
            ("!=", string text) => left != text,
            ("!=", _) => true,
            _ => throw new MarkerEvaluationException(MarkerEvaluationErrorKind.UndefinedComparison, $"'{op}' is not defined for '{left}' and '{right}' (variable '{key}')."),
        };
    }

    private static object Lookup(MarkerEnvironment environment, string key)
    {
        if (environment.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        return environment.Sets.TryGetValue(key, out var set)
            ? set
            : throw new MarkerEvaluationException(MarkerEvaluationErrorKind.UndefinedEnvironmentName, $"The marker variable '{key}' is not defined in the environment.");
    }
}

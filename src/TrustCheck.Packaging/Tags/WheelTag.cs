using System.Text.RegularExpressions;

namespace TrustCheck.Packaging;

/// <summary>
/// One PEP 425 compatibility tag, <c>interpreter-abi-platform</c> (e.g. <c>cp312-cp312-manylinux_2_17_x86_64</c>),
/// lower-cased. A wheel file name carries a compressed set of them (<c>py2.py3-none-any</c>).
/// </summary>
public sealed partial record WheelTag
{
    /// <summary>Creates a tag; each part is lower-cased.</summary>
    /// <param name="interpreter">The interpreter part, e.g. <c>cp312</c> or <c>py3</c>.</param>
    /// <param name="abi">The ABI part, e.g. <c>cp312</c>, <c>abi3</c> or <c>none</c>.</param>
    /// <param name="platform">The platform part, e.g. <c>manylinux_2_17_x86_64</c> or <c>any</c>.</param>
    public WheelTag(string interpreter, string abi, string platform)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(abi);
        ArgumentNullException.ThrowIfNull(platform);
        Interpreter = interpreter.ToLowerInvariant();
        Abi = abi.ToLowerInvariant();
        Platform = platform.ToLowerInvariant();
    }

    /// <summary>The interpreter part.</summary>
    public string Interpreter { get; }

    /// <summary>The ABI part.</summary>
    public string Abi { get; }

    /// <summary>The platform part.</summary>
    public string Platform { get; }

    /// <summary>Expands a compressed tag set (<c>.</c>-separated alternatives in each part) into its tags.</summary>
    /// <param name="text">The compressed tag set, e.g. <c>py2.py3-none-any</c>.</param>
    /// <param name="validateOrder">Require each part's alternatives to be sorted, as PEP 425 asks of producers.</param>
    /// <param name="limit">The most tags the expansion may produce (before removing duplicates), or null.</param>
    /// <returns>The set of tags.</returns>
    /// <exception cref="WheelTagFormatException">The text is not a valid tag set; <see cref="WheelTagFormatException.Kind"/> says why.</exception>
    public static IReadOnlySet<WheelTag> ParseSet(string text, bool validateOrder = false, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.ToLowerInvariant().Split('-');
        if (parts.Length != 3)
        {
            throw new WheelTagFormatException(WheelTagErrorKind.InvalidTag, $"The tag '{text}' must have exactly three components (interpreter-abi-platform).");
        }

        var interpreters = parts[0].Split('.');
        var abis = parts[1].Split('.');
        var platforms = parts[2].Split('.');
        if (interpreters.Concat(abis).Concat(platforms).Any(p => p.Length == 0))
        {
            throw new WheelTagFormatException(WheelTagErrorKind.InvalidTag, $"The tag '{text}' has an empty component.");
        }

        if (interpreters.FirstOrDefault(i => !InterpreterPattern().IsMatch(i)) is { } badInterpreter)
        {
            throw new WheelTagFormatException(WheelTagErrorKind.InvalidTag, $"The tag '{text}' has an invalid interpreter '{badInterpreter}'.");
        }

        if (validateOrder && !(IsSorted(interpreters) && IsSorted(abis) && IsSorted(platforms)))
        {
            throw new WheelTagFormatException(WheelTagErrorKind.UnsortedTags, $"The compressed tag set '{text}' is not in sorted order.");
        }

        var count = (long)interpreters.Length * abis.Length * platforms.Length;
        if (limit is { } max && count > max)
        {
            throw new WheelTagFormatException(WheelTagErrorKind.TooManyTags, $"The tag '{text}' would generate {count} tags, more than the limit of {max}.");
        }

        var tags = new HashSet<WheelTag>();
        foreach (var interpreter in interpreters)
        {
            foreach (var abi in abis)
            {
                foreach (var platform in platforms)
                {
                    tags.Add(new WheelTag(interpreter, abi, platform));
                }
            }
        }

        return tags;
    }

    /// <summary>The tag as <c>interpreter-abi-platform</c>.</summary>
    public override string ToString() => $"{Interpreter}-{Abi}-{Platform}";

    private static bool IsSorted(string[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (string.CompareOrdinal(values[i - 1], values[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InterpreterPattern();
}

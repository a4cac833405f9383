using System.Text;
using System.Text.RegularExpressions;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A logical line of a requirements file: continuations joined, comments removed, variables expanded.</summary>
/// <param name="Number">The 1-based line the logical line starts on.</param>
/// <param name="Text">The text.</param>
internal readonly record struct LogicalLine(int Number, string Text);

/// <summary>
/// Splits a requirements file into logical lines the way pip 23.2's <c>req_file.preprocess</c> does: Python's
/// <c>splitlines</c>, then lines ending in <c>\</c> joined with the next (not when the line is a comment; a comment line
/// ends a continuation; the joined line takes the first line's number), then comments removed (<c>#</c> at the start
/// or after whitespace) and blank lines dropped, then <c>${NAME}</c> expanded for names of <c>[A-Z0-9_]</c> that are
/// set and not empty (others are left as written).
/// </summary>
internal static partial class RequirementsLines
{
    /// <summary>Splits and preprocesses a file's text.</summary>
    public static IEnumerable<LogicalLine> Read(string content, Func<string, string?> environment) =>
        ExpandVariables(IgnoreComments(JoinContinuations(SplitLines(content))), environment);

    /// <summary>Python's <c>str.splitlines()</c>: the boundaries it knows, <c>\r\n</c> as one, no empty last line.</summary>
    internal static IEnumerable<LogicalLine> SplitLines(string content)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (!IsLineBoundary(content[i]))
            {
                continue;
            }

            yield return new LogicalLine(number++, content[start..i]);
            if (content[i] == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < content.Length)
        {
            yield return new LogicalLine(number, content[start..]);
        }
    }

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static IEnumerable<LogicalLine> JoinContinuations(IEnumerable<LogicalLine> lines)
    {
        var primary = 0;
        StringBuilder? joined = null;
        foreach (var (number, text) in lines)
        {
            var isComment = IsCommentLine(text);
            if (!text.EndsWith('\\') || isComment)
            {
                // A comment line gets a leading space so that its comment is still found once joined.
                var line = isComment ? " " + text : text;
                if (joined is not null)
                {
                    yield return new LogicalLine(primary, joined.Append(line).ToString());
                    joined = null;
                }
                else
                {
                    yield return new LogicalLine(number, line);
                }
            }
            else
            {
                if (joined is null)
                {
                    primary = number;
                    joined = new StringBuilder();
                }

                // Python's line.strip("\\"): backslashes go from both ends.
                joined.Append(text.AsSpan().Trim('\\'));
            }
        }

        if (joined is not null)
        {
            yield return new LogicalLine(primary, joined.ToString());
        }
    }

    /// <summary>pip's <c>COMMENT_RE.match</c>: the line starts with <c>#</c>, or with whitespace and then <c>#</c>.</summary>
    private static bool IsCommentLine(string text) => text.AsSpan().TrimStart().StartsWith('#');

    private static IEnumerable<LogicalLine> IgnoreComments(IEnumerable<LogicalLine> lines)
    {
        foreach (var (number, text) in lines)
        {
            var line = StripComment(text).Trim();
            if (line.Length > 0)
            {
                yield return new LogicalLine(number, line);
            }
        }
    }

    /// <summary>Removes from the first <c>#</c> that starts the line or follows whitespace (<c>(^|\s+)#.*$</c>).</summary>
    private static string StripComment(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return text[..i];
            }
        }

        return text;
    }

    private static IEnumerable<LogicalLine> ExpandVariables(IEnumerable<LogicalLine> lines, Func<string, string?> environment)
    {
        foreach (var (number, text) in lines)
        {
            var line = text;
            foreach (Match match in VariablePattern().Matches(text))
            {
                var value = environment(match.Groups["name"].Value);
                if (!string.IsNullOrEmpty(value))
                {
                    line = line.Replace(match.Value, value, StringComparison.Ordinal);
                }
            }

            yield return new LogicalLine(number, line);
        }
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Z0-9_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();
}

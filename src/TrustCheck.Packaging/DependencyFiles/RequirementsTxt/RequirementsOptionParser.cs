using System.Text;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Parses the options part of a requirements line as pip does: split with POSIX shell rules (<c>shlex.split</c>),
/// then read with optparse's rules — long options by exact name or unique prefix, <c>--opt=value</c> or
/// <c>--opt value</c>, short options with the value attached or next, <c>--</c> ending the options; words that are not
/// options are ignored, as pip ignores them. An unknown, ambiguous or incomplete option is an error.
/// </summary>
internal static class RequirementsOptionParser
{
    private sealed record Spec(RequirementsOptionKind Kind, string LongName, bool TakesValue, params string[] OtherNames);

    private static readonly Spec[] Specs =
    [
        new(RequirementsOptionKind.IndexUrl, "--index-url", true, "-i", "--pypi-url"),
        new(RequirementsOptionKind.ExtraIndexUrl, "--extra-index-url", true),
        new(RequirementsOptionKind.NoIndex, "--no-index", false),
        new(RequirementsOptionKind.Constraint, "--constraint", true, "-c"),
        new(RequirementsOptionKind.Requirement, "--requirement", true, "-r"),
        new(RequirementsOptionKind.Editable, "--editable", true, "-e"),
        new(RequirementsOptionKind.FindLinks, "--find-links", true, "-f"),
        new(RequirementsOptionKind.NoBinary, "--no-binary", true),
        new(RequirementsOptionKind.OnlyBinary, "--only-binary", true),
        new(RequirementsOptionKind.PreferBinary, "--prefer-binary", false),
        new(RequirementsOptionKind.RequireHashes, "--require-hashes", false),
        new(RequirementsOptionKind.Pre, "--pre", false),
        new(RequirementsOptionKind.TrustedHost, "--trusted-host", true),
        new(RequirementsOptionKind.UseFeature, "--use-feature", true),
        new(RequirementsOptionKind.GlobalOption, "--global-option", true),
        new(RequirementsOptionKind.Hash, "--hash", true),
        new(RequirementsOptionKind.ConfigSettings, "--config-settings", true, "-C"),
    ];

    private static readonly Dictionary<string, Spec> ByName = Specs
        .SelectMany(spec => spec.OtherNames.Prepend(spec.LongName).Select(name => (name, spec)))
        .ToDictionary(pair => pair.name, pair => pair.spec, StringComparer.Ordinal);

    private static readonly string[] LongNames = ByName.Keys.Where(name => name.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>pip's <c>break_args_options</c>: the words before the first one (split on single spaces) that starts with <c>-</c>, and the rest.</summary>
    public static (string Arguments, string Options) Split(string line)
    {
        var tokens = line.Split(' ');
        var first = Array.FindIndex(tokens, token => token.StartsWith('-'));
        return first < 0
            ? (line, string.Empty)
            : (string.Join(' ', tokens[..first]), string.Join(' ', tokens[first..]));
    }

    /// <summary>Parses the options part of a line.</summary>
    /// <exception cref="FormatException">The options cannot be split or name an unknown option; the message says which.</exception>
    public static IReadOnlyList<RequirementsOption> Parse(string options)
    {
        var words = new Queue<string>(ShellSplit(options));
        var result = new List<RequirementsOption>();
        while (words.TryDequeue(out var word))
        {
            if (word == "--")
            {
                break;
            }

            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                ParseLong(word, words, result);
            }
            else if (word.Length > 1 && word[0] == '-')
            {
                ParseShort(word, words, result);
            }

            // Anything else is a positional word, which optparse collects and pip ignores.
        }

        return result;
    }

    private static void ParseLong(string word, Queue<string> words, List<RequirementsOption> result)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        var written = equals >= 0 ? word[..equals] : word;
        var spec = MatchLong(written);
        if (spec.TakesValue)
        {
            var value = equals >= 0 ? word[(equals + 1)..] : words.TryDequeue(out var next) ? next : throw new FormatException($"{written} option requires 1 argument");
            result.Add(new RequirementsOption(spec.Kind, spec.LongName, value));
        }
        else
        {
            if (equals >= 0)
            {
                throw new FormatException($"{spec.LongName} option does not take a value");
            }

            result.Add(new RequirementsOption(spec.Kind, spec.LongName, null));
        }
    }

    private static Spec MatchLong(string written)
    {
        if (ByName.TryGetValue(written, out var exact))
        {
            return exact;
        }

        var candidates = LongNames.Where(name => name.StartsWith(written, StringComparison.Ordinal)).ToArray();
        return candidates switch
        {
            [var only] => ByName[only],
            [] => throw new FormatException($"no such option: {written}"),
            _ => throw new FormatException($"ambiguous option: {written} ({string.Join(", ", candidates)}?)"),
        };
    }

    private static void ParseShort(string word, Queue<string> words, List<RequirementsOption> result)
    {
        for (var i = 1; i < word.Length; i++)
        {
            var name = "-" + word[i];
            if (!ByName.TryGetValue(name, out var spec))
            {
                throw new FormatException($"no such option: {name}");
            }

            if (!spec.TakesValue)
            {
                result.Add(new RequirementsOption(spec.Kind, spec.LongName, null));
                continue;
            }

            var value = i + 1 < word.Length ? word[(i + 1)..] : words.TryDequeue(out var next) ? next : throw new FormatException($"{name} option requires 1 argument");
            result.Add(new RequirementsOption(spec.Kind, spec.LongName, value));
            return;
        }
    }

    /// <summary>Python's <c>shlex.split</c> (POSIX mode, no comments).</summary>
    /// <exception cref="FormatException">A quote is not closed, or the text ends with an escape.</exception>
    internal static List<string> ShellSplit(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    if (inWord)
                    {
                        words.Add(current.ToString());
                        current.Clear();
                        inWord = false;
                    }

                    break;
                case '\\':
                    if (++i >= text.Length)
                    {
                        throw new FormatException($"Could not split options: {text} (no escaped character)");
                    }

                    current.Append(text[i]);
                    inWord = true;
                    break;
                case '\'':
                    var closing = text.IndexOf('\'', i + 1);
                    if (closing < 0)
                    {
                        throw new FormatException($"Could not split options: {text} (no closing quotation)");
                    }

                    current.Append(text, i + 1, closing - i - 1);
                    i = closing;
                    inWord = true;
                    break;
                case '"':
                    i = ReadDoubleQuoted(text, i, current);
                    inWord = true;
                    break;
                default:
                    current.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static int ReadDoubleQuoted(string text, int open, StringBuilder current)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return i;
            }

            // Inside double quotes shlex lets a backslash escape only a double quote or a backslash.
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or '"')
            {
                current.Append(text[++i]);
                continue;
            }

            current.Append(c);
        }

        throw new FormatException($"Could not split options: {text} (no closing quotation)");
    }
}

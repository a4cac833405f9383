using System.Text;
using TrustCheck.Cli.Configuration;
using TrustCheck.Policies;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Docs;

/// <summary>
/// The user guides show only command lines that the tool accepts: every <c>trustcheck …</c> line (or
/// <c>dotnet run --project src/TrustCheck.Cli -- …</c>) in a <c>```bash</c> block of those pages parses without errors,
/// and every <c>```toml</c> block there is a config file the CLI reads.
/// </summary>
public sealed class DocsCommandTests
{
    private static readonly string[] Pages = ["getting-started.md", "threat-model.md", "comparison.md"];

    private static readonly string[] Prefixes = ["trustcheck ", "dotnet run --project src/TrustCheck.Cli -- "];

    public static TheoryData<string, int, string> Commands()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in Pages)
        {
            foreach (var (line, text) in Blocks(page, "bash").SelectMany(b => b.Lines))
            {
                var prefix = Prefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
                if (prefix is not null)
                {
                    data.Add(page, line, text[prefix.Length..]);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int> TomlBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages)
        {
            foreach (var block in Blocks(page, "toml"))
            {
                data.Add(page, block.StartLine);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void DocumentedCommand_Parses_WithoutErrors(string page, int line, string arguments)
    {
        var args = ShellWords.Split(arguments);

        var result = TrustCheckCommandLine.Create().Parse(args);

        Assert.True(result.Errors.Count == 0, $"{page}:{line}: trustcheck {arguments}\n  {string.Join("\n  ", result.Errors.Select(e => e.Message))}");
        Assert.True(
            result.CommandResult.Command.Name != "trustcheck" || args.All(a => a.StartsWith("--", StringComparison.Ordinal)),
            $"{page}:{line}: 'trustcheck {arguments}' names no command.");
    }

    [Fact]
    public void GettingStarted_ShowsTheScanToSarifCommand_AndACommandOfEveryKind()
    {
        var commands = Commands().Where(row => (string)row[0] == "getting-started.md").Select(row => (string)row[2]).ToList();

        Assert.Contains("scan -f requirements.txt -f uv.lock --format sarif --output trustcheck.sarif", commands);
        foreach (var command in new[] { "inspect", "scan", "name-check", "analyze", "verify" })
        {
            Assert.Contains(commands, c => c.StartsWith(command + " ", StringComparison.Ordinal));
        }

        Assert.Contains(commands, c => c.Contains("--offline", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("--extra-index-url", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TomlBlocks))]
    public void DocumentedConfigFile_IsReadByTheCli(string page, int line)
    {
        var block = Blocks(page, "toml").Single(b => b.StartLine == line);
        using var scratch = new TemporaryDirectory();
        var path = Path.Combine(scratch.Path, "trustcheck.toml");
        File.WriteAllText(path, string.Join('\n', block.Lines.Select(l => l.Text)) + "\n");

        var settings = CliConfiguration.Build(new ConfigFile(path, IsPyproject: false), _ => null, new Dictionary<SettingDefinition, SettingValue>());

        Assert.NotNull(settings.File);
        if (settings.Text(CliSettings.Policy) is { } policy)
        {
            Assert.True(BuiltInPolicies.TryGet(policy, out _), $"{page}:{line}: policy '{policy}' is not a built-in profile.");
        }
    }

    [Theory]
    [InlineData("scan  -f\ta.txt ", new[] { "scan", "-f", "a.txt" })]
    [InlineData("inspect 'acme-*' \"x y\" # a comment", new[] { "inspect", "acme-*", "x y" })]
    [InlineData(@"verify a\ b --sha256 ""\""q\""""", new[] { "verify", "a b", "--sha256", "\"q\"" })]
    [InlineData("scan -f $PWD/r.txt", new[] { "scan", "-f", "$PWD/r.txt" })]
    public void ShellWords_Split_FollowsShellQuoting(string line, string[] expected)
    {
        Assert.Equal(expected, ShellWords.Split(line));
    }

    [Theory]
    [InlineData("scan -f a.txt | tee out")]
    [InlineData("scan -f a.txt > out")]
    [InlineData("scan -f a.txt && echo ok")]
    [InlineData("scan -f $(cat files)")]
    [InlineData("scan -f 'unterminated")]
    public void ShellWords_Split_RefusesWhatItCannotSplitFaithfully(string line)
    {
        Assert.Throws<FormatException>(() => ShellWords.Split(line));
    }

    /// <summary>The fenced blocks of one language on a docs page, with <c>\</c> continuations joined into one logical line.</summary>
    private static IEnumerable<(int StartLine, List<(int Line, string Text)> Lines)> Blocks(string page, string language)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Current, "docs", page));
        List<(int, string)>? current = null;
        var start = 0;
        string? blockLanguage = null;
        var pending = new StringBuilder();
        var pendingLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = [];
                    start = i + 1;
                    blockLanguage = trimmed[3..].Trim();
                }
                else
                {
                    Assert.True(pending.Length == 0, $"{page}:{pendingLine}: a '\\' continuation runs into the end of the block.");
                    if (blockLanguage == language)
                    {
                        yield return (start, current);
                    }

                    current = null;
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (blockLanguage != "bash")
            {
                current.Add((i + 1, lines[i]));
                continue;
            }

            var text = lines[i].Trim();
            if (pending.Length == 0)
            {
                pendingLine = i + 1;
            }

            if (text.EndsWith('\\'))
            {
                pending.Append(text[..^1]).Append(' ');
                continue;
            }

            pending.Append(text);
            current.Add((pendingLine, pending.ToString().Trim()));
            pending.Clear();
        }

        Assert.True(current is null, $"{page}: a code block opened at line {start} is never closed.");
    }

    /// <summary>
    /// Splits a command line into words as a POSIX shell would for the forms the docs use: blanks separate words,
    /// single quotes keep everything, double quotes keep everything but <c>\"</c>, <c>\\</c>, <c>\$</c> and <c>\`</c>,
    /// a backslash outside quotes escapes the next character, and an unquoted <c>#</c> at a word's start begins a
    /// comment. Variables are left as written. Pipes, redirections, command lists and substitutions are refused: a
    /// command using them is not one command line.
    /// </summary>
    private static class ShellWords
    {
        public static string[] Split(string line)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            var inWord = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                switch (c)
                {
                    case ' ' or '\t':
                        if (inWord)
                        {
                            words.Add(word.ToString());
                            word.Clear();
                            inWord = false;
                        }

                        break;
                    case '#' when !inWord:
                        return [.. words];
                    case '\'':
                        var close = line.IndexOf('\'', i + 1);
                        if (close < 0)
                        {
                            throw new FormatException($"Unterminated single quote in: {line}");
                        }

                        word.Append(line, i + 1, close - i - 1);
                        i = close;
                        inWord = true;
                        break;
                    case '"':
                        i = DoubleQuoted(line, i + 1, word);
                        inWord = true;
                        break;
                    case '\\':
                        if (i + 1 < line.Length)
                        {
                            word.Append(line[++i]);
                        }

                        inWord = true;
                        break;
                    case '|' or ';' or '&' or '<' or '>' or '`' or '(' or ')':
                        throw new FormatException($"'{c}' makes this more than one command line: {line}");
                    case '$' when i + 1 < line.Length && line[i + 1] == '(':
                        throw new FormatException($"A command substitution cannot be split: {line}");
                    default:
                        word.Append(c);
                        inWord = true;
                        break;
                }
            }

            if (inWord)
            {
                words.Add(word.ToString());
            }

            return [.. words];
        }

        private static int DoubleQuoted(string line, int start, StringBuilder word)
        {
            for (var i = start; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '"':
                        return i;
                    case '\\' when i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`':
                        word.Append(line[++i]);
                        break;
                    case '$' when i + 1 < line.Length && line[i + 1] == '(':
                        throw new FormatException($"A command substitution cannot be split: {line}");
                    default:
                        word.Append(line[i]);
                        break;
                }
            }

            throw new FormatException($"Unterminated double quote in: {line}");
        }
    }
}

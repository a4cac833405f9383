using System.Text;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests;

/// <summary>
/// Code in docs is checked: every <c>trustcheck</c> command line in the YAML of docs/github-actions.md parses with the
/// real command line, so renaming or removing an option the page uses fails here, not in a user's workflow.
/// </summary>
public sealed class GitHubActionsDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Current, "docs", "github-actions.md"));

    [Fact]
    public void YamlBlocks_EveryTrustcheckCommandLine_ParsesWithoutErrors()
    {
        var commands = YamlBlocks(Page).SelectMany(CommandLines).ToList();

        Assert.True(commands.Count >= 4, $"only {commands.Count} trustcheck command lines found in docs/github-actions.md");
        foreach (var command in commands)
        {
            var words = ShellWords(command);
            Assert.Equal("trustcheck", words[0]);
            var result = TrustCheckCommandLine.Create().Parse(words[1..]);
            Assert.True(result.Errors.Count == 0, $"'{command}': {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Workflow_InstallsTheToolScansToSarifUploadsItAndCachesTheEvidence()
    {
        var yaml = string.Join("\n", YamlBlocks(Page));
        var commands = YamlBlocks(Page).SelectMany(CommandLines).Select(c => string.Join(' ', ShellWords(c))).ToList();

        Assert.Contains("dotnet tool install -g trustcheck", yaml, StringComparison.Ordinal);
        Assert.Contains("trustcheck scan -f requirements.txt --format sarif --output trustcheck.sarif", commands);
        Assert.Contains(commands, c => c.StartsWith("trustcheck inspect ", StringComparison.Ordinal));
        Assert.Contains("uses: github/codeql-action/upload-sarif@", yaml, StringComparison.Ordinal);
        Assert.Contains("~/.cache/trustcheck", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', yaml);
    }

    [Theory]
    [InlineData("trustcheck scan -f requirements.txt --format sarif --output trustcheck.sarif || status=$?", new[] { "trustcheck", "scan", "-f", "requirements.txt", "--format", "sarif", "--output", "trustcheck.sarif" })]
    [InlineData("trustcheck inspect \"$PACKAGE\" --version '1.0' --output \"a b\" # note", new[] { "trustcheck", "inspect", "$PACKAGE", "--version", "1.0", "--output", "a b" })]
    public void ShellWords_CommandLine_IsSplitAsTheShellWouldUpToTheFirstOperator(string line, string[] expected) =>
        Assert.Equal(expected, ShellWords(line));

    [Fact]
    public void Parse_UnknownOption_IsAnError()
    {
        // The check above is only as good as the parser's refusal of what it does not know.
        var result = TrustCheckCommandLine.Create().Parse(ShellWords("trustcheck scan -f requirements.txt --fromat sarif")[1..]);

        Assert.NotEmpty(result.Errors);
    }

    /// <summary>The contents of the page's <c>```yaml</c> blocks.</summary>
    private static IEnumerable<string> YamlBlocks(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```yaml")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            Assert.True(end > i, "an unclosed ```yaml block");
            yield return string.Join("\n", lines[(i + 1)..end]);
            i = end;
        }
    }

    /// <summary>
    /// The shell lines of a workflow that run <c>trustcheck</c>: in <c>run:</c> values and <c>run: |</c> scripts,
    /// backslash continuations joined.
    /// </summary>
    private static IEnumerable<string> CommandLines(string yaml)
    {
        var joined = yaml.Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var raw in joined.Split('\n'))
        {
            var line = raw.Trim();
            line = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..].TrimStart() : line;
            line = line.StartsWith("run:", StringComparison.Ordinal) ? line[4..].TrimStart() : line;
            if (line == "trustcheck" || line.StartsWith("trustcheck ", StringComparison.Ordinal))
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// A command line's words as a POSIX shell splits them (single and double quotes, backslash escapes), up to the
    /// first unquoted operator or comment (<c>||</c>, <c>&amp;&amp;</c>, <c>;</c>, <c>|</c>, redirections, <c>#</c>).
    /// Variables stay as written: the parser sees <c>$PACKAGE</c> where the shell would put a value.
    /// </summary>
    private static string[] ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                Assert.True(end > i, $"unclosed quote in '{line}'");
                word.Append(line, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '"')
            {
                for (i++; i < line.Length && line[i] != '"'; i++)
                {
                    if (line[i] == '\\' && i + 1 < line.Length && "\"\\$`".Contains(line[i + 1], StringComparison.Ordinal))
                    {
                        i++;
                    }

                    word.Append(line[i]);
                }

                Assert.True(i < line.Length, $"unclosed quote in '{line}'");
                inWord = true;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                word.Append(line[++i]);
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (!inWord && c is ';' or '|' or '&' or '<' or '>' or '#')
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}

using System.Globalization;
using System.Security.Cryptography;
using TrustCheck.Artifacts.Python;
using Xunit.Abstractions;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>
/// Our tokens against CPython 3.11's <c>tokenize</c> for every .py member of the real wheels: kind, text and start
/// line must match token for token. Identical files in several wheels are tokenized once. Documented differences:
/// <list type="bullet">
/// <item>CPython's ENCODING token (we have none) is left out.</item>
/// <item>An identifier with combining marks (Mn/Mc), such as pyparsing's <c>עִברִית</c>: CPython 3.11's pure-Python
/// tokenize matches names with <c>\w+</c>, which excludes marks, and splits it into NAME/ERRORTOKEN pieces; the
/// compiler (and PEP 3131) reads one identifier, as we do. Accepted only when the pieces are adjacent, on the same
/// line, spell our token exactly, and every ERRORTOKEN piece is marks.</item>
/// </list>
/// </summary>
public sealed class CPythonDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Tokenize_EveryPythonFileOfTheRealWheels_MatchesCPython()
    {
        Assert.StartsWith("Python 3.11", CPythonTokenize.Version(), StringComparison.Ordinal);
        var members = WheelSources.All();
        var unique = members.GroupBy(m => Convert.ToHexString(SHA256.HashData(m.Bytes))).Select(g => g.First()).ToList();
        var expected = CPythonTokenize.Run([.. unique.Select(u => u.Bytes)]);

        long compared = 0, ourTokens = 0, bytes = 0;
        var markNames = 0;
        var mismatches = new List<string>();
        var rejected = new List<string>();
        for (var f = 0; f < unique.Count; f++)
        {
            var (name, content) = unique[f];
            var (theirs, error) = expected[f];
            if (theirs is null)
            {
                rejected.Add($"{name}: {error}");
                continue;
            }

            var source = PythonSource.Decode(content);
            Assert.Null(source.EncodingProblem);
            var ours = source.Tokens;
            compared += theirs.Count;
            ourTokens += ours.Count;
            bytes += content.Length;
            int i = 0, j = 0;
            while (i < ours.Count && j < theirs.Count)
            {
                var mine = (ours[i].Kind, ours[i].Line, source.TextOf(ours[i]).ToString());
                if (mine == theirs[j])
                {
                    i++;
                    j++;
                }
                else if (SplitAtMarks(mine, theirs, j) is var pieces and > 0)
                {
                    markNames++;
                    i++;
                    j += pieces;
                }
                else
                {
                    mismatches.Add($"{name} token {i}: ours {mine}, CPython {theirs[j]}");
                    break;
                }
            }

            if (mismatches.Count == 0 || !mismatches[^1].StartsWith(name, StringComparison.Ordinal))
            {
                if (i != ours.Count || j != theirs.Count)
                {
                    mismatches.Add($"{name}: {ours.Count} tokens, CPython {theirs.Count}");
                }
            }
        }

        output.WriteLine($"{members.Count} .py members in {members.Select(m => m.Name.Split('!')[0]).Distinct().Count()} wheels, {unique.Count} distinct files ({bytes:N0} bytes); {compared:N0} CPython tokens and {ourTokens:N0} of ours compared.");
        output.WriteLine($"Allowed differences: ENCODING left out ({unique.Count - rejected.Count} tokens); {markNames} identifiers with combining marks that CPython's tokenize splits.");
        output.WriteLine($"{mismatches.Count} files differ, {rejected.Count} files CPython rejected.");
        foreach (var line in mismatches.Take(20).Concat(rejected.Take(20)))
        {
            output.WriteLine(line);
        }

        Assert.True(unique.Count > 500, $"Only {unique.Count} files.");
        Assert.Empty(rejected);
        Assert.Empty(mismatches);
    }

    // How many CPython tokens from j spell our Name token as NAME/ERRORTOKEN pieces split at combining marks; 0 if they do not.
    private static int SplitAtMarks((PythonTokenKind Kind, int Line, string Text) mine, List<(PythonTokenKind Kind, int Line, string Text)> theirs, int j)
    {
        if (mine.Kind != PythonTokenKind.Name)
        {
            return 0;
        }

        var spelled = "";
        var sawMarks = false;
        var k = j;
        while (k < theirs.Count && spelled.Length < mine.Text.Length && theirs[k].Line == mine.Line)
        {
            var (kind, _, text) = theirs[k];
            if (kind == PythonTokenKind.Error && text.All(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                sawMarks = true;
            }
            else if (kind != PythonTokenKind.Name)
            {
                return 0;
            }

            spelled += text;
            k++;
        }

        return sawMarks && spelled == mine.Text ? k - j : 0;
    }
}

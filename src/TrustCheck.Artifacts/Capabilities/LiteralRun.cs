using System.Text;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// One string as the program sees it: a literal, or adjacent literals that Python concatenates (<c>'https://a/'
/// 'b'</c>, one piece a line inside parentheses), with the value joined and escapes processed.
/// </summary>
/// <param name="First">The first literal (its line and location are the run's).</param>
/// <param name="Pieces">How many literals the run joins.</param>
/// <param name="Value">The joined value (a slice of the source, without a copy, for a single literal with no escapes).</param>
internal sealed record LiteralRun(TokenFact First, int Pieces, ReadOnlyMemory<char> Value)
{
    /// <summary>The runs of a module's literals, in order.</summary>
    public static List<LiteralRun> Join(ModuleFacts module)
    {
        var strings = module.Strings;
        var runs = new List<LiteralRun>(strings.Count);
        for (var k = 0; k < strings.Count; k++)
        {
            var end = k;
            while (end + 1 < strings.Count && Adjacent(module, strings[end].Index, strings[end + 1].Index))
            {
                end++;
            }

            if (end == k)
            {
                runs.Add(new LiteralRun(strings[k], 1, Single(module, strings[k].Index)));
                continue;
            }

            var value = new StringBuilder();
            for (var piece = k; piece <= end; piece++)
            {
                value.Append(module.StringValue(strings[piece].Index));
            }

            runs.Add(new LiteralRun(strings[k], end - k + 1, value.ToString().AsMemory()));
            k = end;
        }

        return runs;
    }

    /// <summary>The value of one literal: its content as a slice of the source when nothing in it needs processing.</summary>
    private static ReadOnlyMemory<char> Single(ModuleFacts module, int index)
    {
        var token = module.Tokens[index];
        var raw = module.TextAt(index);
        var quoteAt = raw.IndexOfAny('\'', '"');
        if (quoteAt < 0 || raw.Contains('\\') || (raw[..quoteAt].ContainsAny('f', 'F') && raw.ContainsAny('{', '}')))
        {
            return module.StringValue(index).AsMemory();
        }

        var quote = raw[quoteAt];
        var open = raw.Length - quoteAt >= 6 && raw[quoteAt + 1] == quote && raw[quoteAt + 2] == quote ? 3 : 1;
        var length = raw.Length - quoteAt - (2 * open);
        if (length < 0 || raw[^open..].IndexOfAnyExcept(quote) >= 0)
        {
            return module.StringValue(index).AsMemory();
        }

        return module.Source.Text.AsMemory(token.Start + quoteAt + open, length);
    }

    /// <summary>Whether only line breaks and comments separate two string tokens.</summary>
    private static bool Adjacent(ModuleFacts module, int left, int right)
    {
        for (var i = left + 1; i < right; i++)
        {
            if (module.Tokens[i].Kind is not (PythonTokenKind.NonLogicalNewline or PythonTokenKind.Comment))
            {
                return false;
            }
        }

        return true;
    }
}

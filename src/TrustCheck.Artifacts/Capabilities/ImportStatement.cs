namespace TrustCheck.Artifacts.Capabilities;

/// <summary>Binds the names an <c>import</c> or <c>from … import</c> statement introduces to the dotted names they stand for.</summary>
internal static class ImportStatement
{
    /// <summary>Adds the statement's bindings.</summary>
    /// <param name="words">The statement's name and operator tokens, in order, starting with <c>import</c> or <c>from</c>.</param>
    /// <param name="bindings">Where the bindings go.</param>
    /// <param name="position">The token index of the statement (bindings count from there).</param>
    public static void Bind(List<string> words, NameBindings bindings, int position)
    {
        if (words.Count < 2)
        {
            return;
        }

        if (words[0] == "import")
        {
            foreach (var clause in Clauses(words, 1))
            {
                var (dotted, alias) = clause;
                bindings.Import(alias ?? dotted.Split('.')[0], alias is null ? dotted.Split('.')[0] : dotted, position);
            }

            return;
        }

        var import = words.IndexOf("import");
        if (import < 2)
        {
            return;
        }

        var module = string.Concat(words.Skip(1).Take(import - 1));
        foreach (var (name, alias) in Clauses(words, import + 1))
        {
            if (name == "*")
            {
                bindings.Star(module, position);
            }
            else
            {
                bindings.Import(alias ?? name, module.EndsWith('.') ? module + name : module + "." + name, position);
            }
        }
    }

    private static IEnumerable<(string Dotted, string? Alias)> Clauses(List<string> words, int start)
    {
        var dotted = new System.Text.StringBuilder();
        string? alias = null;
        for (var i = start; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : ",";
            if (word is "(" or ")" or "\\")
            {
                continue;
            }

            if (word == ",")
            {
                if (dotted.Length > 0)
                {
                    yield return (dotted.ToString(), alias);
                }

                dotted.Clear();
                alias = null;
            }
            else if (word == "as" && i + 1 < words.Count)
            {
                alias = words[++i];
            }
            else
            {
                dotted.Append(word);
            }
        }
    }
}

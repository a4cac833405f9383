using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// What one module's tokens say, gathered in one pass for every rule: its calls (callees resolved through its imports),
/// its string literals and non-ASCII identifiers with where each runs, and the names assigned from decoded or
/// downloaded data.
/// </summary>
public sealed class ModuleFacts
{
    internal ModuleFacts(string key, string member, PythonSource source, List<PythonToken> tokens, List<CallSite> calls, List<TokenFact> strings, List<TokenFact> unicodeNames, HashSet<string> taintedNames)
    {
        Key = key;
        Member = member;
        Source = source;
        Tokens = tokens;
        Calls = calls;
        Strings = strings;
        UnicodeNames = unicodeNames;
        TaintedNames = taintedNames;
    }

    /// <summary>The module's key across releases (<see cref="Surface.ReleaseLayout.ModuleKey"/>).</summary>
    public string Key { get; }

    /// <summary>The archive member.</summary>
    public string Member { get; }

    /// <summary>The decoded source and its tokens.</summary>
    public PythonSource Source { get; }

    /// <summary>The source's tokens (a list the scanner reuses from module to module: valid while the module is scanned).</summary>
    internal List<PythonToken> Tokens { get; }

    /// <summary>The calls, in source order.</summary>
    public IReadOnlyList<CallSite> Calls { get; }

    /// <summary>The string literals.</summary>
    public IReadOnlyList<TokenFact> Strings { get; }

    /// <summary>The identifiers with non-ASCII characters.</summary>
    public IReadOnlyList<TokenFact> UnicodeNames { get; }

    /// <summary>Names assigned (directly or through other such names) from decoded, decompressed, character-built or downloaded data.</summary>
    public IReadOnlySet<string> TaintedNames { get; }

    /// <summary>The calls whose <c>(</c> lies strictly inside another call's parentheses.</summary>
    /// <param name="outer">The enclosing call.</param>
    internal IEnumerable<CallSite> CallsWithin(CallSite outer)
    {
        for (var k = ModuleFactsBuilder.FirstCallAfter(Calls, outer.Open); k < Calls.Count && Calls[k].Open < outer.Close; k++)
        {
            yield return Calls[k];
        }
    }

    /// <summary>The text of a token.</summary>
    /// <param name="index">Its index.</param>
    internal ReadOnlySpan<char> TextAt(int index) => Source.TextOf(Tokens[index]);

    /// <summary>The value of the string literal at a token index.</summary>
    /// <param name="index">Its index.</param>
    internal string StringValue(int index) => PythonStringLiteral.Value(TextAt(index));
}

using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// What one module's tokens say, gathered in one pass for every rule: its calls (callees resolved through its imports),
/// its string literals (and their runs of adjacent literals, joined) and non-ASCII identifiers with where each runs,
/// and the calls given names that hold decoded or downloaded data.
/// </summary>
public sealed class ModuleFacts
{
    private readonly Dictionary<int, string> _taintedArguments;
    private List<LiteralRun>? _literalRuns;

    internal ModuleFacts(string key, string member, PythonSource source, List<PythonToken> tokens, List<CallSite> calls, List<TokenFact> strings, List<TokenFact> unicodeNames, Dictionary<int, string> taintedArguments, CodeLocation moduleLocation)
    {
        ModuleLocation = moduleLocation;
        Key = key;
        Member = member;
        Source = source;
        Tokens = tokens;
        Calls = calls;
        Strings = strings;
        UnicodeNames = unicodeNames;
        _taintedArguments = taintedArguments;
    }

    /// <summary>The module's key across releases (<see cref="Surface.ReleaseLayout.ModuleKey"/>).</summary>
    public string Key { get; }

    /// <summary>When the module's top-level code runs.</summary>
    public CodeLocation ModuleLocation { get; }

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

    /// <summary>
    /// The runs of adjacent string literals (implicit concatenation: only line breaks and comments between them), each
    /// with its joined value — what the program sees, escapes processed. Computed once, on first use.
    /// </summary>
    internal IReadOnlyList<LiteralRun> LiteralRuns => _literalRuns ??= LiteralRun.Join(this);

    /// <summary>
    /// The name holding decoded, decompressed, character-built, deserialized or downloaded data (directly or through
    /// other such names) that a call running code (<c>exec</c>, <c>pickle.loads</c>…) is given, as seen at the call
    /// (see <see cref="TaintTracker"/>); null when none is.
    /// </summary>
    /// <param name="call">The call.</param>
    public string? TaintedArgument(CallSite call) => call is not null && _taintedArguments.TryGetValue(call.Open, out var name) ? name : null;

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

using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// Walks a module's tokens once: tracks function bodies (through <c>def</c>, its block's indentation, or a one-line
/// body), brackets (to pair each call with its arguments), imports (to resolve callees) and simple assignments (to
/// follow decoded data into a name).
/// </summary>
internal sealed class ModuleFactsBuilder
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "if", "elif", "else", "while", "for", "return", "yield", "await", "assert", "del", "with",
        "as", "lambda", "import", "from", "raise", "except", "print", "async", "match", "case", "global", "nonlocal", "pass", "class", "def",
    };

    private static readonly System.Buffers.SearchValues<char> NotInADottedName = System.Buffers.SearchValues.Create(" \t\f\\\r\n#");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup = Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PythonSource _source;
    private readonly List<PythonToken> _tokens;
    private readonly CodeLocation _moduleLocation;
    private readonly List<(string Chain, int Line, CodeLocation Location, int Scope, int Open)> _rawCalls = [];
    private readonly Dictionary<int, int> _closeToCall = [];
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly List<(string Target, int From, int To)> _assignments = [];
    private readonly List<TokenFact> _strings = [];
    private readonly List<TokenFact> _unicodeNames = [];
    private readonly Stack<(int Call, int Open)> _brackets = new();
    private readonly Dictionary<int, int> _closeToOpen = [];
    private readonly Stack<int> _blocks = new();
    private readonly Stack<int> _functions = new();
    private int _nextScope;
    private int[] _closes = [];

    private ModuleFactsBuilder(PythonSource source, List<PythonToken> tokens, CodeLocation moduleLocation)
    {
        _source = source;
        _tokens = tokens;
        _moduleLocation = moduleLocation;
    }

    public static ModuleFacts Build(string key, string member, PythonSource source, List<PythonToken> tokens, CodeLocation moduleLocation)
    {
        var builder = new ModuleFactsBuilder(source, tokens, moduleLocation);
        builder.Walk();
        var calls = builder.ResolveCalls();
        return new ModuleFacts(key, member, source, tokens, calls, builder._strings, builder._unicodeNames, builder.Taint(calls));
    }

    private int Scope => _functions.Count == 0 ? 0 : _functions.Peek();

    private void Walk()
    {
        _closes = new int[_tokens.Count];
        var lineStart = true;
        var pendingDef = false;
        var functionBlockNext = false;
        var inlineBody = -1;
        var statementStart = 0;
        var assignTarget = (string?)null;
        var assignFrom = -1;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var location = _functions.Count > 0 || inlineBody >= 0 ? CodeLocation.Function : _moduleLocation;
            var scope = inlineBody >= 0 ? inlineBody : Scope;
            switch (token.Kind)
            {
                case PythonTokenKind.Newline:
                    if (assignTarget is not null)
                    {
                        _assignments.Add((assignTarget, assignFrom, i));
                    }

                    functionBlockNext = pendingDef;
                    pendingDef = false;
                    inlineBody = -1;
                    lineStart = true;
                    assignTarget = null;
                    _brackets.Clear();
                    break;
                case PythonTokenKind.Indent:
                    if (functionBlockNext)
                    {
                        _functions.Push(++_nextScope);
                    }

                    _blocks.Push(functionBlockNext ? 1 : 0);
                    functionBlockNext = false;
                    lineStart = true;
                    break;
                case PythonTokenKind.Dedent:
                    if (_blocks.Count > 0 && _blocks.Pop() == 1 && _functions.Count > 0)
                    {
                        _functions.Pop();
                    }

                    functionBlockNext = false;
                    lineStart = true;
                    break;
                case PythonTokenKind.Name:
                    var text = _source.TextOf(token);
                    if (lineStart)
                    {
                        statementStart = i;
                        pendingDef = text.SequenceEqual("def") || (text.SequenceEqual("async") && NextIs(i, "def"));
                        if (text.SequenceEqual("import") || text.SequenceEqual("from"))
                        {
                            ReadImport(i);
                        }
                    }

                    if (!Ascii(text))
                    {
                        _unicodeNames.Add(new TokenFact(i, token.Line, location, scope));
                    }

                    lineStart = false;
                    break;
                case PythonTokenKind.String:
                    _strings.Add(new TokenFact(i, token.Line, location, scope));
                    lineStart = false;
                    break;
                case PythonTokenKind.Operator:
                    var op = _source.TextOf(token);
                    if (op.Length == 1 && op[0] is '(' or '[' or '{')
                    {
                        var call = op[0] == '(' ? TryCall(i, location, scope) : -1;
                        _brackets.Push((call, i));
                    }
                    else if (op.Length == 1 && op[0] is ')' or ']' or '}')
                    {
                        if (_brackets.TryPop(out var open))
                        {
                            _closeToOpen[i] = open.Open;
                            if (open.Call >= 0)
                            {
                                _closes[open.Call] = i;
                                _closeToCall[i] = open.Call;
                            }
                        }
                    }
                    else if (op.SequenceEqual(":") && pendingDef && _brackets.Count == 0 && inlineBody < 0 && i + 1 < _tokens.Count && _tokens[i + 1].Kind is not (PythonTokenKind.Newline or PythonTokenKind.Comment))
                    {
                        inlineBody = ++_nextScope;
                        pendingDef = false;
                    }
                    else if (op.SequenceEqual("=") && _brackets.Count == 0 && i == statementStart + 1 && _tokens[statementStart].Kind == PythonTokenKind.Name)
                    {
                        assignTarget = _source.TextOf(_tokens[statementStart]).ToString();
                        assignFrom = i;
                    }

                    lineStart = false;
                    break;
                case PythonTokenKind.Comment:
                case PythonTokenKind.NonLogicalNewline:
                    break;
                default:
                    lineStart = false;
                    break;
            }
        }
    }

    private bool NextIs(int i, string text) => i + 1 < _tokens.Count && _tokens[i + 1].Kind == PythonTokenKind.Name && _source.TextOf(_tokens[i + 1]).SequenceEqual(text);

    private static bool Ascii(ReadOnlySpan<char> text) => System.Text.Ascii.IsValid(text);

    /// <summary>
    /// Records a call when the <c>(</c> follows a callee this walk can name — a dotted name that is not a keyword, or
    /// one looked up by a string (<c>getattr(builtins, 'exec')(…)</c>, <c>__builtins__['exec'](…)</c>); returns its index or -1.
    /// </summary>
    private int TryCall(int open, CodeLocation location, int scope)
    {
        var last = open - 1;
        var chain = last < 0 ? null
            : _tokens[last].Kind == PythonTokenKind.Name ? NamedCallee(last)
            : CalleeByString(last);
        if (chain is null)
        {
            return -1;
        }

        _rawCalls.Add((chain, _tokens[open].Line, location, scope, open));
        return _rawCalls.Count - 1;
    }

    private string? NamedCallee(int last)
    {
        if (KeywordLookup.Contains(_source.TextOf(_tokens[last])))
        {
            return null;
        }

        var chain = DottedName(last, out var first);
        if (first >= 1 && IsOperator(first - 1, "."))
        {
            chain = (first >= 2 && IsOperator(first - 2, ")") && _closeToCall.TryGetValue(first - 2, out var producer) ? ImportedModule(producer) : null) is { } module
                ? "=" + module + "." + chain
                : "?." + chain;
        }

        return chain;
    }

    /// <summary>The callee of <c>getattr(x, 'name')(…)</c> or <c>x['name'](…)</c>, as <c>x.name</c>; null for any other expression.</summary>
    private string? CalleeByString(int last)
    {
        if (IsOperator(last, ")") && _closeToCall.TryGetValue(last, out var producer) && _rawCalls[producer].Chain is "getattr" or "builtins.getattr"
            && last >= 3 && _tokens[last - 1].Kind == PythonTokenKind.String && IsOperator(last - 2, ",") && _tokens[last - 3].Kind == PythonTokenKind.Name)
        {
            var target = DottedName(last - 3, out var first);
            return first == _rawCalls[producer].Open + 1 ? target + "." + PythonStringLiteral.Value(_source.TextOf(_tokens[last - 1])) : null;
        }

        if (IsOperator(last, "]") && _closeToOpen.TryGetValue(last, out var bracket) && bracket + 2 == last && bracket >= 1
            && _tokens[bracket + 1].Kind == PythonTokenKind.String && _tokens[bracket - 1].Kind == PythonTokenKind.Name)
        {
            return DottedName(bracket - 1, out _) + "." + PythonStringLiteral.Value(_source.TextOf(_tokens[bracket + 1]));
        }

        return null;
    }

    /// <summary>The dotted name <c>a.b.c</c> whose last name is the token at <paramref name="last"/>.</summary>
    private string DottedName(int last, out int first)
    {
        first = last;
        while (first >= 2 && IsOperator(first - 1, ".") && _tokens[first - 2].Kind == PythonTokenKind.Name)
        {
            first -= 2;
        }

        var chain = first == last ? _source.TextOf(_tokens[last]).ToString() : _source.Text[_tokens[first].Start.._tokens[last].End];
        if (chain.AsSpan().ContainsAny(NotInADottedName))
        {
            // Spaces, comments or continuations between the names: rebuild the chain from the names alone.
            var from = first;
            chain = string.Join('.', Enumerable.Range(0, ((last - from) / 2) + 1).Select(k => _source.TextOf(_tokens[from + (2 * k)]).ToString()));
        }

        return chain;
    }

    /// <summary>The module named by <c>__import__('x')</c> or <c>importlib.import_module('x')</c>, or null.</summary>
    private string? ImportedModule(int call)
    {
        var (chain, _, _, _, open) = _rawCalls[call];
        var literal = open + 1;
        return chain is "__import__" or "importlib.import_module" or "import_module" && literal < _tokens.Count && _tokens[literal].Kind == PythonTokenKind.String
            ? PythonStringLiteral.Value(_source.TextOf(_tokens[literal]))
            : null;
    }

    private bool IsOperator(int index, string text) => _tokens[index].Kind == PythonTokenKind.Operator && _source.TextOf(_tokens[index]).SequenceEqual(text);

    private void ReadImport(int start)
    {
        var names = new List<string>();
        var end = start;
        while (end < _tokens.Count && _tokens[end].Kind != PythonTokenKind.Newline && _tokens[end].Kind != PythonTokenKind.EndOfFile)
        {
            if (_tokens[end].Kind is PythonTokenKind.Name or PythonTokenKind.Operator)
            {
                names.Add(_source.TextOf(_tokens[end]).ToString());
            }

            end++;
        }

        ImportStatement.Bind(names, _aliases);
    }

    private List<CallSite> ResolveCalls()
    {
        var calls = new List<CallSite>(_rawCalls.Count);
        for (var k = 0; k < _rawCalls.Count; k++)
        {
            var (chain, line, location, scope, open) = _rawCalls[k];
            var close = _closes[k] > 0 ? _closes[k] : _tokens.Count - 1;
            calls.Add(new CallSite(Resolve(chain), line, location, scope, open, close));
        }

        return calls;
    }

    private string Resolve(string chain)
    {
        if (chain.StartsWith('='))
        {
            return chain[1..];
        }

        // builtins.__dict__['exec'] is builtins.exec.
        chain = chain.Replace(".__dict__.", ".", StringComparison.Ordinal);
        var dot = chain.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? chain : chain[..dot];
        return _aliases.TryGetValue(head, out var full) ? full + (dot < 0 ? string.Empty : chain[dot..]) : chain;
    }

    private HashSet<string> Taint(List<CallSite> calls)
    {
        var tainted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, from, to) in _assignments)
        {
            if (FromDecodedOrDownloaded(calls, from, to) || NamesTainted(tainted, from, to))
            {
                tainted.Add(target);
            }
            else
            {
                tainted.Remove(target);
            }
        }

        return tainted;
    }

    private static bool FromDecodedOrDownloaded(List<CallSite> calls, int from, int to)
    {
        var downloaded = false;
        for (var k = FirstCallAfter(calls, from); k < calls.Count && calls[k].Open < to; k++)
        {
            var call = calls[k];
            downloaded |= CallNames.IsDownload(call);
            if (CallNames.IsDecoder(call) || CallNames.IsCharacterBuild(call) || downloaded)
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesTainted(HashSet<string> tainted, int from, int to)
    {
        if (tainted.Count == 0)
        {
            return false;
        }

        for (var i = from + 1; i < to; i++)
        {
            if (_tokens[i].Kind == PythonTokenKind.Name && tainted.Contains(_source.TextOf(_tokens[i]).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first call whose <c>(</c> comes after <paramref name="token"/> (calls are in token order).</summary>
    internal static int FirstCallAfter(IReadOnlyList<CallSite> calls, int token)
    {
        int low = 0, high = calls.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (calls[middle].Open <= token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

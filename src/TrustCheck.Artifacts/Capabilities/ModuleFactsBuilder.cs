using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// Walks a module's tokens once and gathers its facts. Three helpers split the work: <see cref="StatementTracker"/>
/// (statements, blocks, functions, where code runs), <see cref="NameBindings"/> (imports, star imports and alias
/// assignments, never overwritten) and <see cref="TaintTracker"/> (names holding decoded or downloaded data). The walk
/// records calls, bindings and assignments in source order; each call is then resolved <em>at its own token</em>
/// against the bindings visible there, and taint is asked at the call too, so a later rebinding or reassignment never
/// hides an earlier dangerous one. Identifiers are read NFKC-folded (<see cref="IdentifierFold"/>), as CPython reads them.
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
    private readonly StatementTracker _statements;
    private readonly NameBindings _bindings = new();
    private readonly TaintTracker _taint = new();
    private readonly List<RawCall> _rawCalls = [];
    private readonly Dictionary<int, int> _closeToCall = [];
    private readonly Dictionary<int, int> _closeToOpen = [];
    private readonly Stack<(int Call, int Open)> _brackets = new();
    private readonly List<AssignmentStatement> _assignments = [];
    private readonly List<TokenFact> _strings = [];
    private readonly List<TokenFact> _unicodeNames = [];

    private ModuleFactsBuilder(PythonSource source, List<PythonToken> tokens, CodeLocation moduleLocation)
    {
        _source = source;
        _tokens = tokens;
        _statements = new StatementTracker(source, tokens, moduleLocation);
    }

    public static ModuleFacts Build(string key, string member, PythonSource source, List<PythonToken> tokens, CodeLocation moduleLocation)
    {
        var builder = new ModuleFactsBuilder(source, tokens, moduleLocation);
        builder.Walk();
        var calls = builder.ResolveCalls();
        builder.PropagateTaint(calls);
        return new ModuleFacts(key, member, source, tokens, calls, builder._strings, builder._unicodeNames, builder.TaintedArguments(calls), moduleLocation);
    }

    // ---- The walk: one pass, each token handed to the tracker after it is read. ----

    private void Walk()
    {
        var statementFirst = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var location = _statements.Location;
            var scope = _statements.Scope;
            if (_statements.AtStatementStart && token.Kind is not (PythonTokenKind.Comment or PythonTokenKind.NonLogicalNewline or PythonTokenKind.Indent or PythonTokenKind.Dedent or PythonTokenKind.Newline))
            {
                statementFirst = i;
                if (token.Kind == PythonTokenKind.Name && _source.TextOf(token) is var word && (word.SequenceEqual("import") || word.SequenceEqual("from")))
                {
                    ReadImport(i);
                }
            }

            switch (token.Kind)
            {
                case PythonTokenKind.Name when !System.Text.Ascii.IsValid(_source.TextOf(token)):
                    _unicodeNames.Add(new TokenFact(i, token.Line, location, scope));
                    break;
                case PythonTokenKind.String:
                    _strings.Add(new TokenFact(i, token.Line, location, scope));
                    break;
                case PythonTokenKind.Operator:
                    Operator(i, statementFirst, location, scope);
                    break;
                case PythonTokenKind.Newline:
                    _brackets.Clear();
                    break;
            }

            if (_statements.Advance(i) && _assignments.Count > 0 && _assignments[^1].End < 0)
            {
                EndAssignment(i);
            }
        }
    }

    private void Operator(int i, int statementFirst, CodeLocation location, int scope)
    {
        var op = _source.TextOf(_tokens[i]);
        if (op.Length != 1)
        {
            return;
        }

        switch (op[0])
        {
            case '(' or '[' or '{':
                _brackets.Push((op[0] == '(' ? TryCall(i, location, scope) : -1, i));
                break;
            case ')' or ']' or '}':
                if (_brackets.TryPop(out var open))
                {
                    _closeToOpen[i] = open.Open;
                    if (open.Call >= 0)
                    {
                        _rawCalls[open.Call].Close = i;
                        _closeToCall[i] = open.Call;
                    }
                }

                break;
            case '=' when _brackets.Count == 0 && i == statementFirst + 1 && _tokens[statementFirst].Kind == PythonTokenKind.Name && !KeywordLookup.Contains(_source.TextOf(_tokens[statementFirst])):
                _assignments.Add(new AssignmentStatement(Identifier(statementFirst), i, -1, _statements.Block, _statements.InFunction));
                break;
        }
    }

    /// <summary>Closes the assignment statement in progress: a right-hand side that is just a callee makes its target an alias.</summary>
    private void EndAssignment(int end)
    {
        var assignment = _assignments[^1];
        _assignments[^1] = assignment with { End = end };
        var last = end - 1;
        while (last > assignment.EqualSign && _tokens[last].Kind is PythonTokenKind.Comment or PythonTokenKind.NonLogicalNewline)
        {
            last--;
        }

        if (last > assignment.EqualSign && CalleeExpression(last, out var start) is { } chain && start == assignment.EqualSign + 1 && !chain.StartsWith('?'))
        {
            _bindings.Alias(assignment.Target, chain, assignment.EqualSign, assignment.InFunction);
        }
    }

    private void ReadImport(int start)
    {
        var words = new List<string>();
        var depth = 0;
        for (var end = start; end < _tokens.Count; end++)
        {
            var token = _tokens[end];
            if (token.Kind is PythonTokenKind.Newline or PythonTokenKind.EndOfFile)
            {
                break;
            }

            if (token.Kind == PythonTokenKind.Operator)
            {
                var op = _source.TextOf(token);
                depth += op.SequenceEqual("(") ? 1 : op.SequenceEqual(")") ? -1 : 0;
                if (depth <= 0 && op.SequenceEqual(";"))
                {
                    break;
                }

                words.Add(op.ToString());
            }
            else if (token.Kind == PythonTokenKind.Name)
            {
                words.Add(Identifier(end));
            }
        }

        ImportStatement.Bind(words, _bindings, start);
    }

    // ---- Callees: the expression before a '(' (or an assignment's right-hand side). ----

    /// <summary>Records a call when the <c>(</c> follows a callee this walk can name; returns its index or -1.</summary>
    private int TryCall(int open, CodeLocation location, int scope)
    {
        if (open < 1 || CalleeExpression(open - 1, out var start) is not { } chain)
        {
            return -1;
        }

        _rawCalls.Add(new RawCall(chain, _tokens[open].Line, location, scope, _statements.Block, _statements.InFunction, open, start));
        return _rawCalls.Count - 1;
    }

    /// <summary>
    /// The callee expression ending at <paramref name="last"/> as a chain: a dotted name (<c>s.Popen</c>), an attribute
    /// of an imported module (<c>=os.system</c> for <c>__import__('os').system</c>), a method of another value
    /// (<c>?.read</c>), or a name looked up by a string (<c>getattr(builtins, 'exec'[, None])</c>, <c>x['exec']</c>,
    /// <c>vars(x)['exec']</c>); null for anything else. <paramref name="start"/> is its first token.
    /// </summary>
    private string? CalleeExpression(int last, out int start)
    {
        start = last;
        var kind = _tokens[last].Kind;
        if (kind == PythonTokenKind.Name)
        {
            return KeywordLookup.Contains(_source.TextOf(_tokens[last])) ? null : NamedCallee(last, out start);
        }

        return kind == PythonTokenKind.Operator ? CalleeByString(last, out start) : null;
    }

    private string NamedCallee(int last, out int start)
    {
        var chain = DottedName(last, out var first);
        start = first;
        if (first >= 1 && IsOperator(first - 1, "."))
        {
            if (first >= 2 && IsOperator(first - 2, ")") && _closeToCall.TryGetValue(first - 2, out var producer) && ImportedModule(producer) is { } module)
            {
                start = _rawCalls[producer].Start;
                return "=" + module + "." + chain;
            }

            return "?." + chain;
        }

        return chain;
    }

    /// <summary>The callee of <c>getattr(x, 'name'[, default])</c>, <c>x['name']</c> or <c>vars(x)['name']</c>, as <c>x.name</c>; null otherwise.</summary>
    private string? CalleeByString(int last, out int start)
    {
        start = last;
        if (IsOperator(last, ")") && _closeToCall.TryGetValue(last, out var producer) && _rawCalls[producer].Chain is "getattr" or "builtins.getattr")
        {
            var call = _rawCalls[producer];
            var afterTarget = DottedNameForward(call.Open + 1, out var target);
            if (target is not null && afterTarget + 1 < last && IsOperator(afterTarget, ",") && _tokens[afterTarget + 1].Kind == PythonTokenKind.String
                && (afterTarget + 2 == last || IsOperator(afterTarget + 2, ",")))
            {
                start = call.Start;
                return target + "." + PythonStringLiteral.Value(_source.TextOf(_tokens[afterTarget + 1]));
            }

            return null;
        }

        if (IsOperator(last, "]") && _closeToOpen.TryGetValue(last, out var bracket) && bracket + 2 == last && bracket >= 1 && _tokens[bracket + 1].Kind == PythonTokenKind.String)
        {
            var key = PythonStringLiteral.Value(_source.TextOf(_tokens[bracket + 1]));
            if (_tokens[bracket - 1].Kind == PythonTokenKind.Name)
            {
                var target = DottedName(bracket - 1, out start);
                return target + "." + key;
            }

            // vars(builtins)['exec'] is builtins.exec.
            if (IsOperator(bracket - 1, ")") && _closeToCall.TryGetValue(bracket - 1, out var vars) && _rawCalls[vars].Chain is "vars" or "builtins.vars"
                && DottedNameForward(_rawCalls[vars].Open + 1, out var module) == bracket - 1 && module is not null)
            {
                start = _rawCalls[vars].Start;
                return module + "." + key;
            }
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

        var text = _source.Text.AsSpan()[_tokens[first].Start.._tokens[last].End];
        if (!text.ContainsAny(NotInADottedName) && System.Text.Ascii.IsValid(text))
        {
            return text.ToString();
        }

        // Spaces, comments, continuations or characters to fold between the names: rebuild the chain from the names alone.
        var chain = new System.Text.StringBuilder();
        for (var k = first; k <= last; k += 2)
        {
            chain.Append(k == first ? string.Empty : ".").Append(Identifier(k));
        }

        return chain.ToString();
    }

    /// <summary>The dotted name starting at <paramref name="first"/> (null when it is not a name) and the index just after it.</summary>
    private int DottedNameForward(int first, out string? name)
    {
        name = null;
        if (first >= _tokens.Count || _tokens[first].Kind != PythonTokenKind.Name)
        {
            return first;
        }

        var last = first;
        while (last + 2 < _tokens.Count && IsOperator(last + 1, ".") && _tokens[last + 2].Kind == PythonTokenKind.Name)
        {
            last += 2;
        }

        name = DottedName(last, out _);
        return last + 1;
    }

    /// <summary>The module named by <c>__import__('x')</c> or <c>importlib.import_module('x')</c>, or null.</summary>
    private string? ImportedModule(int call)
    {
        var raw = _rawCalls[call];
        var literal = raw.Open + 1;
        return raw.Chain is "__import__" or "builtins.__import__" or "importlib.import_module" or "import_module" && literal < _tokens.Count && _tokens[literal].Kind == PythonTokenKind.String
            ? PythonStringLiteral.Value(_source.TextOf(_tokens[literal]))
            : null;
    }

    private bool IsOperator(int index, string text) => _tokens[index].Kind == PythonTokenKind.Operator && _source.TextOf(_tokens[index]).SequenceEqual(text);

    /// <summary>A name token's identifier as CPython reads it (NFKC-folded).</summary>
    private string Identifier(int index) => IdentifierFold.Fold(_source.TextOf(_tokens[index]));

    // ---- After the walk: each call resolved at its token, taint asked at its token. ----

    private List<CallSite> ResolveCalls()
    {
        var calls = new List<CallSite>(_rawCalls.Count);
        foreach (var raw in _rawCalls)
        {
            var candidates = _bindings.Resolve(raw.Chain, raw.Open, raw.InFunction);
            var close = raw.Close > 0 ? raw.Close : _tokens.Count - 1;
            calls.Add(new CallSite(MostDangerous(candidates), raw.Line, raw.Location, raw.Scope, raw.Open, close) { Block = raw.Block, InFunction = raw.InFunction });
        }

        return calls;
    }

    /// <summary>Of what a callee may stand for, the one that matters most to a reviewer; the binding in force on a tie.</summary>
    private static string MostDangerous(List<string> candidates)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var best = candidates[0];
        var bestRank = -1;
        foreach (var candidate in candidates)
        {
            var rank = CallNames.Danger(new CallSite(candidate, 0, CodeLocation.Function, 0, 0, 0));
            if (rank > bestRank)
            {
                (best, bestRank) = (candidate, rank);
            }
        }

        return best;
    }

    private void PropagateTaint(List<CallSite> calls)
    {
        List<int>? sources = null;
        for (var a = 0; a < _assignments.Count; a++)
        {
            var assignment = _assignments[a];
            var end = assignment.End < 0 ? _tokens.Count : assignment.End;
            for (var k = FirstCallAfter(calls, assignment.EqualSign); k < calls.Count && calls[k].Open < end; k++)
            {
                if (CallNames.IsTaintSource(calls[k]))
                {
                    (sources ??= []).Add(a);
                    break;
                }
            }
        }

        if (sources is null)
        {
            // The common case: nothing is ever assigned decoded data, so no assignment needs indexing.
            return;
        }

        foreach (var assignment in _assignments)
        {
            _taint.Assign(assignment.Target, assignment.EqualSign, assignment.Block, false);
        }

        foreach (var a in sources)
        {
            _taint.Taint(_assignments[a].Target, _assignments[a].EqualSign);
        }

        // Through other names (stage = payload), until nothing changes (a few rounds: chains are short).
        for (var round = 0; round < 4 && _taint.Any; round++)
        {
            var changed = false;
            foreach (var assignment in _assignments)
            {
                var end = assignment.End < 0 ? _tokens.Count : assignment.End;
                if (TaintedName(assignment.EqualSign + 1, end, assignment.EqualSign, assignment.Block, assignment.InFunction) is not null)
                {
                    changed |= _taint.Taint(assignment.Target, assignment.EqualSign);
                }
            }

            if (!changed)
            {
                break;
            }
        }
    }

    /// <summary>For each call that runs code from data (<c>exec</c>, <c>pickle.loads</c>…), the tainted name it is given, keyed by its <c>(</c>.</summary>
    private Dictionary<int, string> TaintedArguments(List<CallSite> calls)
    {
        var tainted = new Dictionary<int, string>();
        if (!_taint.Any)
        {
            return tainted;
        }

        foreach (var call in calls)
        {
            if ((CallNames.IsDynamicCode(call.Name) || CallNames.IsCodeDeserialization(call)) && TaintedName(call.Open + 1, call.Close, call.Open, call.Block, call.InFunction) is { } name)
            {
                tainted[call.Open] = name;
            }
        }

        return tainted;
    }

    private string? TaintedName(int from, int to, int position, int block, bool inFunction)
    {
        for (var i = from; i < to && i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind == PythonTokenKind.Name && !(i > 0 && IsOperator(i - 1, ".")) && Identifier(i) is var name && _taint.IsTainted(name, position, block, inFunction))
            {
                return name;
            }
        }

        return null;
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

    private sealed class RawCall(string chain, int line, CodeLocation location, int scope, int block, bool inFunction, int open, int start)
    {
        public string Chain { get; } = chain;

        public int Line { get; } = line;

        public CodeLocation Location { get; } = location;

        public int Scope { get; } = scope;

        public int Block { get; } = block;

        public bool InFunction { get; } = inFunction;

        public int Open { get; } = open;

        public int Start { get; } = start;

        public int Close { get; set; }
    }

    private readonly record struct AssignmentStatement(string Target, int EqualSign, int End, int Block, bool InFunction);
}

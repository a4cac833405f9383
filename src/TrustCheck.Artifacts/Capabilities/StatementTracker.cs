using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// Follows a module's statements and blocks token by token: where each statement starts (a line, after <c>;</c>, after
/// a block-opening <c>:</c> at bracket depth 0), which block and function each token is in, and when it runs. Feed it
/// every token in order with <see cref="Advance"/>; read the properties for the token about to be fed.
/// </summary>
internal sealed class StatementTracker
{
    private static readonly HashSet<string> CompoundKeywords = new(StringComparer.Ordinal)
    {
        "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "class", "match", "case",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundLookup = CompoundKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PythonSource _source;
    private readonly List<PythonToken> _tokens;
    private readonly CodeLocation _moduleLocation;
    private readonly Stack<Frame> _frames = new();
    private Frame? _inline;
    private int _functionFrames;
    private int _depth;
    private int _nextId;
    private Header _header;
    private Header _pendingIndent;
    private int _lambdas;

    public StatementTracker(PythonSource source, List<PythonToken> tokens, CodeLocation moduleLocation)
    {
        _source = source;
        _tokens = tokens;
        _moduleLocation = moduleLocation;
    }

    private enum Header
    {
        None,
        Block,
        Function,
    }

    /// <summary>Whether the next token starts a statement.</summary>
    public bool AtStatementStart { get; private set; } = true;

    /// <summary>Whether the next token is inside a function body (an indented block or a one-line body).</summary>
    public bool InFunction => _functionFrames > 0 || _inline is { IsFunction: true };

    /// <summary>
    /// When the next token runs: module-level code runs at the module's location; code inside a function runs when
    /// called, except in <c>setup.py</c>, where every line is build-time code (cmdclass <c>run()</c> methods).
    /// </summary>
    public CodeLocation Location => !InFunction ? _moduleLocation : _moduleLocation == CodeLocation.SetupScript ? CodeLocation.SetupScript : CodeLocation.Function;

    /// <summary>The function the next token is in (0 at module level).</summary>
    public int Scope => _inline is { IsFunction: true } inline ? inline.Scope : _frames.Count > 0 ? _frames.Peek().Scope : 0;

    /// <summary>The block (suite) the next token is in: statements of one block run in order, one after the other (0 for the module body).</summary>
    public int Block => _inline is { } inline ? inline.Block : _frames.Count > 0 ? _frames.Peek().Block : 0;

    /// <summary>Whether the next token is at bracket depth 0.</summary>
    public bool AtDepthZero => _depth == 0;

    /// <summary>Takes the token at <paramref name="i"/> into account; returns whether it ended a statement.</summary>
    public bool Advance(int i)
    {
        var token = _tokens[i];
        switch (token.Kind)
        {
            case PythonTokenKind.Newline:
                _inline = null;
                return StartStatement();
            case PythonTokenKind.Indent:
                var isFunction = _pendingIndent == Header.Function;
                var parentScope = Scope;
                _frames.Push(new Frame(isFunction, isFunction ? ++_nextId : parentScope, ++_nextId));
                _functionFrames += isFunction ? 1 : 0;
                _pendingIndent = Header.None;
                return StartStatement();
            case PythonTokenKind.Dedent:
                if (_frames.TryPop(out var frame) && frame.IsFunction)
                {
                    _functionFrames--;
                }

                _pendingIndent = Header.None;
                return StartStatement();
            case PythonTokenKind.EndOfFile:
                return StartStatement();
            case PythonTokenKind.Comment or PythonTokenKind.NonLogicalNewline:
                return false;
            case PythonTokenKind.Name:
                var text = _source.TextOf(token);
                if (AtStatementStart)
                {
                    _pendingIndent = Header.None;
                    _header = text.SequenceEqual("def") || (text.SequenceEqual("async") && NextNameIs(i, "def")) ? Header.Function
                        : CompoundLookup.Contains(text) || text.SequenceEqual("async") ? Header.Block
                        : Header.None;
                }

                if (_depth == 0 && text.SequenceEqual("lambda"))
                {
                    _lambdas++;
                }

                AtStatementStart = false;
                return false;
            case PythonTokenKind.Operator:
                return Operator(i, _source.TextOf(token));
            default:
                if (AtStatementStart)
                {
                    _pendingIndent = Header.None;
                }

                AtStatementStart = false;
                return false;
        }
    }

    private bool Operator(int i, ReadOnlySpan<char> op)
    {
        if (AtStatementStart)
        {
            _pendingIndent = Header.None;
        }

        AtStatementStart = false;
        if (op.Length != 1)
        {
            return false;
        }

        switch (op[0])
        {
            case '(' or '[' or '{':
                _depth++;
                return false;
            case ')' or ']' or '}':
                _depth = Math.Max(0, _depth - 1);
                return false;
            case ';' when _depth == 0:
                return StartStatement();
            case ':' when _depth == 0 && _header != Header.None:
                if (_lambdas > 0)
                {
                    _lambdas--;
                    return false;
                }

                if (EndsLine(i + 1))
                {
                    // The block follows on the next lines: the Indent opens it.
                    _pendingIndent = _header;
                    _header = Header.None;
                    return false;
                }

                var isFunction = _header == Header.Function;
                _inline = new Frame(isFunction, isFunction ? ++_nextId : Scope, ++_nextId);
                return StartStatement();
            default:
                return false;
        }
    }

    private bool StartStatement()
    {
        AtStatementStart = true;
        _depth = 0;
        _lambdas = 0;
        _header = Header.None;
        return true;
    }

    private bool EndsLine(int i)
    {
        while (i < _tokens.Count && _tokens[i].Kind == PythonTokenKind.Comment)
        {
            i++;
        }

        return i >= _tokens.Count || _tokens[i].Kind is PythonTokenKind.Newline or PythonTokenKind.EndOfFile;
    }

    private bool NextNameIs(int i, string text) => i + 1 < _tokens.Count && _tokens[i + 1].Kind == PythonTokenKind.Name && _source.TextOf(_tokens[i + 1]).SequenceEqual(text);

    private sealed record Frame(bool IsFunction, int Scope, int Block);
}

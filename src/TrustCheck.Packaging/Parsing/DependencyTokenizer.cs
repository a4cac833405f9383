using System.Text.RegularExpressions;
using TrustCheck.Packaging.Text;

namespace TrustCheck.Packaging.Parsing;

/// <summary>The tokens of the PEP 508 grammar.</summary>
internal enum TokenKind
{
    LeftParenthesis,
    RightParenthesis,
    LeftBracket,
    RightBracket,
    Semicolon,
    Comma,
    QuotedString,
    Operator,
    BooleanOperator,
    In,
    Not,
    Variable,
    Specifier,
    At,
    Url,
    Identifier,
    VersionPrefixTrail,
    VersionLocalLabelTrail,
    WhiteSpace,
    End,
}

/// <summary>
/// A context-sensitive tokenizer: the parser asks whether a given kind of token comes next. Only specifiers match
/// case-insensitively (on ASCII-lower-cased text, so no non-ASCII letter can stand in for an ASCII one).
/// </summary>
internal sealed partial class DependencyTokenizer(string source)
{
    private readonly string _lowered = AsciiText.ToLower(source);
    private (TokenKind Kind, int Length)? _pending;

    public string Source { get; } = source;

    public int Position { get; private set; }

    /// <summary>True when a token of <paramref name="kind"/> comes next; unless peeking, it must then be read.</summary>
    public bool Check(TokenKind kind, bool peek = false)
    {
        var length = MatchLength(kind);
        if (length < 0)
        {
            return false;
        }

        if (!peek)
        {
            _pending = (kind, length);
        }

        return true;
    }

    public void Consume(TokenKind kind)
    {
        if (Check(kind))
        {
            Read();
        }
    }

    public string Expect(TokenKind kind, string expected) =>
        Check(kind) ? Read() : throw Error($"Expected {expected}");

    public string Read()
    {
        var (_, length) = _pending ?? throw new InvalidOperationException("No token was checked before reading.");
        var text = Source.Substring(Position, length);
        Position += length;
        _pending = null;
        return text;
    }

    public DependencySyntaxException Error(string message, int? spanStart = null, int? spanEnd = null) =>
        new(message, Source, spanStart ?? Position, spanEnd ?? Position);

    private int MatchLength(TokenKind kind)
    {
        var position = Position;
        if (kind == TokenKind.End)
        {
            return position == Source.Length ? 0 : -1;
        }

        if (position >= Source.Length)
        {
            return -1;
        }

        var c = Source[position];
        switch (kind)
        {
            case TokenKind.LeftParenthesis: return c == '(' ? 1 : -1;
            case TokenKind.RightParenthesis: return c == ')' ? 1 : -1;
            case TokenKind.LeftBracket: return c == '[' ? 1 : -1;
            case TokenKind.RightBracket: return c == ']' ? 1 : -1;
            case TokenKind.Semicolon: return c == ';' ? 1 : -1;
            case TokenKind.Comma: return c == ',' ? 1 : -1;
            case TokenKind.At: return c == '@' ? 1 : -1;
            case TokenKind.Specifier:
                var length = SpecifierGrammar.MatchAt(_lowered, position);
                return length > 0 ? length : -1;
            default:
                var match = PatternFor(kind).Match(Source, position);
                return match.Success ? match.Length : -1;
        }
    }

    private static Regex PatternFor(TokenKind kind) => kind switch
    {
        TokenKind.QuotedString => QuotedString(),
        TokenKind.Operator => Operator(),
        TokenKind.BooleanOperator => BooleanOperator(),
        TokenKind.In => InKeyword(),
        TokenKind.Not => NotKeyword(),
        TokenKind.Variable => Variable(),
        TokenKind.Url => Url(),
        TokenKind.Identifier => Identifier(),
        TokenKind.VersionPrefixTrail => VersionPrefixTrail(),
        TokenKind.VersionLocalLabelTrail => VersionLocalLabelTrail(),
        TokenKind.WhiteSpace => WhiteSpace(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a pattern token."),
    };

    [GeneratedRegex("""\G(?:'[^']*'|"[^"]*")""", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"\G(?:===|==|~=|!=|<=|>=|<|>)", RegexOptions.CultureInvariant)]
    private static partial Regex Operator();

    [GeneratedRegex(@"\G\b(?:or|and)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BooleanOperator();

    [GeneratedRegex(@"\G\bin\b", RegexOptions.CultureInvariant)]
    private static partial Regex InKeyword();

    [GeneratedRegex(@"\G\bnot\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotKeyword();

    [GeneratedRegex(
        @"\G\b(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    [GeneratedRegex(@"\G[^ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\G\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\G\.\*", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPrefixTrail();

    [GeneratedRegex(@"\G\+[a-z0-9]+(?:[-_.][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLocalLabelTrail();

    [GeneratedRegex(@"\G[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}

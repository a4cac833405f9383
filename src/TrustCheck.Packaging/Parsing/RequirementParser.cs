using TrustCheck.Packaging.Markers;

namespace TrustCheck.Packaging.Parsing;

/// <summary>The parts of a PEP 508 requirement as written.</summary>
internal sealed record ParsedRequirement(string Name, string? Url, IReadOnlyList<string> Extras, string Specifier, MarkerSequence? Marker);

/// <summary>
/// Recursive-descent parser for PEP 508 requirements, including the parenthesized specifier form PyPI still serves
/// (<c>chardet (&lt;3.1.0,&gt;=3.0.2)</c>).
/// </summary>
internal static class RequirementParser
{
    /// <summary>requirement = WS? IDENTIFIER WS? extras WS? details END.</summary>
    public static ParsedRequirement Parse(string source)
    {
        var tokenizer = new DependencyTokenizer(source);
        tokenizer.Consume(TokenKind.WhiteSpace);
        var name = tokenizer.Expect(TokenKind.Identifier, "package name at the start of dependency specifier");
        tokenizer.Consume(TokenKind.WhiteSpace);
        var extras = ParseExtras(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        var (url, specifier, marker) = ParseDetails(tokenizer);
        tokenizer.Expect(TokenKind.End, "end of dependency specifier");
        return new ParsedRequirement(name, url, extras, specifier, marker);
    }

    private static (string? Url, string Specifier, MarkerSequence? Marker) ParseDetails(DependencyTokenizer tokenizer)
    {
        if (tokenizer.Check(TokenKind.At))
        {
            tokenizer.Read();
            tokenizer.Consume(TokenKind.WhiteSpace);
            var urlStart = tokenizer.Position;
            var url = tokenizer.Expect(TokenKind.Url, "URL after @");
            if (tokenizer.Check(TokenKind.End, peek: true))
            {
                return (url, string.Empty, null);
            }

            tokenizer.Expect(TokenKind.WhiteSpace, "whitespace after URL");
            if (tokenizer.Check(TokenKind.End, peek: true))
            {
                return (url, string.Empty, null);
            }

            return (url, string.Empty, ParseMarker(tokenizer, urlStart, "semicolon (after URL and whitespace)"));
        }

        var specifierStart = tokenizer.Position;
        var specifier = ParseSpecifier(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        if (tokenizer.Check(TokenKind.End, peek: true))
        {
            return (null, specifier, null);
        }

        var expected = specifier.Length > 0
            ? "comma (within version specifier), semicolon (after version specifier)"
            : "semicolon (after name with no version specifier)";
        return (null, specifier, ParseMarker(tokenizer, specifierStart, expected));
    }

    private static MarkerSequence ParseMarker(DependencyTokenizer tokenizer, int spanStart, string expected)
    {
        if (!tokenizer.Check(TokenKind.Semicolon))
        {
            throw tokenizer.Error($"Expected {expected} or end", spanStart);
        }

        tokenizer.Read();
        var marker = MarkerParser.Parse(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        return marker;
    }

    private static List<string> ParseExtras(DependencyTokenizer tokenizer)
    {
        if (!tokenizer.Check(TokenKind.LeftBracket, peek: true))
        {
            return [];
        }

        tokenizer.Check(TokenKind.LeftBracket);
        var open = tokenizer.Position;
        tokenizer.Read();
        tokenizer.Consume(TokenKind.WhiteSpace);
        var extras = new List<string>();
        if (tokenizer.Check(TokenKind.Identifier))
        {
            extras.Add(tokenizer.Read());
            while (true)
            {
                tokenizer.Consume(TokenKind.WhiteSpace);
                if (tokenizer.Check(TokenKind.Identifier, peek: true))
                {
                    throw tokenizer.Error("Expected comma between extra names");
                }

                if (!tokenizer.Check(TokenKind.Comma))
                {
                    break;
                }

                tokenizer.Read();
                tokenizer.Consume(TokenKind.WhiteSpace);
                extras.Add(tokenizer.Expect(TokenKind.Identifier, "extra name after comma"));
            }
        }

        tokenizer.Consume(TokenKind.WhiteSpace);
        if (!tokenizer.Check(TokenKind.RightBracket))
        {
            throw tokenizer.Error("Expected matching RIGHT_BRACKET for LEFT_BRACKET, after extras", open);
        }

        tokenizer.Read();
        return extras;
    }

    private static string ParseSpecifier(DependencyTokenizer tokenizer)
    {
        var parenthesized = tokenizer.Check(TokenKind.LeftParenthesis);
        var open = tokenizer.Position;
        if (parenthesized)
        {
            tokenizer.Read();
        }

        tokenizer.Consume(TokenKind.WhiteSpace);
        var specifiers = ParseVersionMany(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        if (parenthesized)
        {
            if (!tokenizer.Check(TokenKind.RightParenthesis))
            {
                throw tokenizer.Error("Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after version specifier", open);
            }

            tokenizer.Read();
        }

        return specifiers;
    }

    private static string ParseVersionMany(DependencyTokenizer tokenizer)
    {
        var result = new System.Text.StringBuilder();
        while (tokenizer.Check(TokenKind.Specifier))
        {
            var start = tokenizer.Position;
            var specifier = tokenizer.Read();
            result.Append(specifier);
            if (tokenizer.Check(TokenKind.VersionPrefixTrail, peek: true))
            {
                var problem = specifier.TrimStart().StartsWith("==", StringComparison.Ordinal) || specifier.TrimStart().StartsWith("!=", StringComparison.Ordinal)
                    ? ".* suffix cannot be used after pre-release, post-release, developmental release, or local version labels"
                    : ".* suffix can only be used with `==` or `!=` operators";
                throw tokenizer.Error(problem, start, tokenizer.Position + 1);
            }

            if (tokenizer.Check(TokenKind.VersionLocalLabelTrail, peek: true))
            {
                throw tokenizer.Error("Local version label can only be used with `==` or `!=` operators", start, tokenizer.Position);
            }

            tokenizer.Consume(TokenKind.WhiteSpace);
            if (!tokenizer.Check(TokenKind.Comma))
            {
                break;
            }

            result.Append(tokenizer.Read());
            tokenizer.Consume(TokenKind.WhiteSpace);
        }

        return result.ToString();
    }
}

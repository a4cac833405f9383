using TrustCheck.Packaging.Markers;

namespace TrustCheck.Packaging.Parsing;

/// <summary>Recursive-descent parser for PEP 508 marker expressions.</summary>
internal static class MarkerParser
{
    /// <summary>marker = atom (BOOLOP atom)*, then the end of input.</summary>
    public static MarkerSequence ParseFull(DependencyTokenizer tokenizer)
    {
        var marker = Parse(tokenizer);
        tokenizer.Expect(TokenKind.End, "end of marker expression");
        return marker;
    }

    /// <summary>marker = atom (BOOLOP atom)*.</summary>
    public static MarkerSequence Parse(DependencyTokenizer tokenizer)
    {
        var atoms = new List<MarkerNode> { ParseAtom(tokenizer) };
        var connectives = new List<string>();
        while (tokenizer.Check(TokenKind.BooleanOperator))
        {
            connectives.Add(tokenizer.Read());
            atoms.Add(ParseAtom(tokenizer));
        }

        return new MarkerSequence(atoms, connectives);
    }

    /// <summary>atom = WS? '(' WS? marker WS? ')' WS? | WS? item WS?.</summary>
    private static MarkerNode ParseAtom(DependencyTokenizer tokenizer)
    {
        tokenizer.Consume(TokenKind.WhiteSpace);
        MarkerNode node;
        if (tokenizer.Check(TokenKind.LeftParenthesis, peek: true))
        {
            tokenizer.Check(TokenKind.LeftParenthesis);
            var open = tokenizer.Position;
            tokenizer.Read();
            tokenizer.Consume(TokenKind.WhiteSpace);
            node = Parse(tokenizer);
            tokenizer.Consume(TokenKind.WhiteSpace);
            if (!tokenizer.Check(TokenKind.RightParenthesis))
            {
                throw tokenizer.Error("Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker expression", open);
            }

            tokenizer.Read();
        }
        else
        {
            node = ParseItem(tokenizer);
        }

        tokenizer.Consume(TokenKind.WhiteSpace);
        return node;
    }

    /// <summary>item = WS? var WS? op WS? var WS?.</summary>
    private static MarkerComparison ParseItem(DependencyTokenizer tokenizer)
    {
        tokenizer.Consume(TokenKind.WhiteSpace);
        var left = ParseOperand(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        var op = ParseOperator(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        var right = ParseOperand(tokenizer);
        tokenizer.Consume(TokenKind.WhiteSpace);
        return new MarkerComparison(left, op, right);
    }

    private static MarkerOperand ParseOperand(DependencyTokenizer tokenizer)
    {
        if (tokenizer.Check(TokenKind.Variable))
        {
            var name = tokenizer.Read().Replace('.', '_');
            return new MarkerOperand(true, name is "python_implementation" ? "platform_python_implementation" : name);
        }

        if (tokenizer.Check(TokenKind.QuotedString))
        {
            var start = tokenizer.Position;
            var quoted = tokenizer.Read();
            return new MarkerOperand(false, PythonStringLiteral.TryDecode(quoted) ?? throw tokenizer.Error("Invalid quoted string", start, start + quoted.Length));
        }

        throw tokenizer.Error("Expected a marker variable or quoted string");
    }

    private static string ParseOperator(DependencyTokenizer tokenizer)
    {
        if (tokenizer.Check(TokenKind.In))
        {
            tokenizer.Read();
            return "in";
        }

        if (tokenizer.Check(TokenKind.Not))
        {
            tokenizer.Read();
            tokenizer.Expect(TokenKind.WhiteSpace, "whitespace after 'not'");
            tokenizer.Expect(TokenKind.In, "'in' after 'not'");
            return "not in";
        }

        if (tokenizer.Check(TokenKind.Operator))
        {
            return tokenizer.Read();
        }

        throw tokenizer.Error("Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in");
    }
}

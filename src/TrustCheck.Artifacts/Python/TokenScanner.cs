namespace TrustCheck.Artifacts.Python;

/// <summary>
/// One pass over the text, character classes by table: indentation at the start of each logical line, then tokens to
/// its end. Bracket depth and indentation are counters and a heap stack, so no input deepens the call stack.
/// </summary>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly List<PythonToken> _tokens;
    private IndentationStack _indents;
    private int _pos;
    private int _line;
    private int _depth;
    private bool _lineHasContent;

    public TokenScanner(ReadOnlySpan<char> text, List<PythonToken> tokens, Span<int> indentation)
    {
        _text = text;
        _tokens = tokens;
        _indents = new IndentationStack(indentation);
        _pos = 0;
        _line = 1;
        _depth = 0;
        _lineHasContent = false;
    }

    /// <summary>Appends every token, the end of file last.</summary>
    public void Run()
    {
        var text = _text;
        var atLineStart = true;
        var endedInIndentation = false;
        while (true)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (!StartLine(ref atLineStart))
                {
                    endedInIndentation = true;
                    break;
                }

                if (atLineStart)
                {
                    continue; // a blank or comment-only line
                }
            }

            var pos = _pos;
            while (pos < text.Length && text[pos] is ' ' or '\t' or '\f')
            {
                pos++;
            }

            _pos = pos;
            if (pos >= text.Length)
            {
                break;
            }

            var c = text[pos];
            switch (CharClass.Of(c))
            {
                case CharClass.Letter:
                    Word(CharClass.IdentifierEnd(text, pos + 1));
                    break;
                case CharClass.Space:
                    break; // unreachable: skipped above
                case CharClass.Operator:
                    Operator(c);
                    break;
                case CharClass.LineEnd:
                    var length = CharClass.LineEndLength(text, pos);
                    Emit(_depth > 0 ? PythonTokenKind.NonLogicalNewline : PythonTokenKind.Newline, pos, length);
                    _pos = pos + length;
                    _line++;
                    if (_depth == 0)
                    {
                        _lineHasContent = false;
                        atLineStart = true;
                    }

                    break;
                case CharClass.Digit:
                    Emit(PythonTokenKind.Number, pos, NumberScanner.Scan(text, pos));
                    break;
                case CharClass.Dot:
                    if (pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1]))
                    {
                        Emit(PythonTokenKind.Number, pos, NumberScanner.Scan(text, pos));
                    }
                    else
                    {
                        Operator(c);
                    }

                    break;
                case CharClass.Quote:
                    String(pos, 0);
                    break;
                case CharClass.Hash:
                    Comment();
                    break;
                case CharClass.Backslash:
                    var continuation = CharClass.LineEndLength(text, pos + 1);
                    if (continuation > 0)
                    {
                        _pos = pos + 1 + continuation;
                        _line++;
                    }
                    else
                    {
                        Emit(PythonTokenKind.Error, pos, 1);
                    }

                    break;
                case CharClass.NonAscii:
                    var first = CharClass.NonAsciiIdentifierChar(text, pos, start: true);
                    if (first > 0)
                    {
                        Word(CharClass.IdentifierEnd(text, pos + first));
                    }
                    else
                    {
                        Emit(PythonTokenKind.Error, pos, CharClass.CodePointLength(text, pos));
                    }

                    break;
                default:
                    Emit(PythonTokenKind.Error, pos, 1);
                    break;
            }
        }

        Finish(endedInIndentation);
    }

    // At the start of a line outside brackets: measures the indentation. Blank and comment-only lines give their
    // comment and NL and set atLineStart again; other lines give their indents or dedents. False at the end of the text.
    private bool StartLine(ref bool atLineStart)
    {
        var text = _text;
        var lineStart = _pos;
        var pos = lineStart;
        var column = 0;
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\f')
        {
            column = IndentationStack.Advance(column, text[pos]);
            pos++;
        }

        _pos = pos;
        if (pos >= text.Length)
        {
            return false;
        }

        var c = text[pos];
        if (c is '#' or '\r' or '\n')
        {
            if (c == '#')
            {
                Comment();
                pos = _pos;
            }

            var length = CharClass.LineEndLength(text, pos);
            Emit(PythonTokenKind.NonLogicalNewline, pos, length);
            _pos = pos + length;
            if (length > 0)
            {
                _line++;
                atLineStart = true;
            }

            return true;
        }

        if (column > _indents.Top)
        {
            _indents.Push(column);
            Emit(PythonTokenKind.Indent, lineStart, pos - lineStart);
        }
        else if (column < _indents.Top)
        {
            while (column < _indents.Top)
            {
                _indents.Pop();
                Emit(PythonTokenKind.Dedent, pos, 0);
            }

            if (column > _indents.Top)
            {
                // Inconsistent dedent (CPython raises IndentationError): the line opens a level of its own, with an
                // empty indent after the dedents so that tokens stay in text order.
                _indents.Push(column);
                Emit(PythonTokenKind.Indent, pos, 0);
            }
        }

        return true;
    }

    private void Word(int end)
    {
        var start = _pos;
        if (end < _text.Length && _text[end] is '\'' or '"' && end - start <= 2 && StringScanner.IsPrefix(_text[start..end], out var flags))
        {
            String(end, flags);
            return;
        }

        Emit(PythonTokenKind.Name, start, end - start);
    }

    private void String(int quote, int prefixFlags)
    {
        var start = _pos;
        var closed = StringScanner.Scan(_text, quote, prefixFlags, out var end);
        var line = _line;
        Emit(closed ? PythonTokenKind.String : PythonTokenKind.Error, start, end - start);
        _line = line + CharClass.CountLines(_text[start..end]);
    }

    private void Operator(char c)
    {
        var length = OperatorTable.Match(_text, _pos);
        if (length == 0)
        {
            Emit(PythonTokenKind.Error, _pos, 1);
            return;
        }

        var delta = OperatorTable.BracketDelta(c);
        if (delta != 0)
        {
            _depth = Math.Max(0, _depth + delta);
        }

        Emit(PythonTokenKind.Operator, _pos, length);
    }

    private void Comment()
    {
        var start = _pos;
        var end = _text[start..].IndexOfAny('\r', '\n');
        var length = end < 0 ? _text.Length - start : end;
        _tokens.Add(new PythonToken(PythonTokenKind.Comment, start, length, _line));
        _pos = start + length;
    }

    // Emits a token on the current line and moves past it; content tokens mark the logical line as non-empty.
    private void Emit(PythonTokenKind kind, int start, int length)
    {
        _tokens.Add(new PythonToken(kind, start, length, _line));
        _pos = start + length;
        if (kind is not (PythonTokenKind.NonLogicalNewline or PythonTokenKind.Newline or PythonTokenKind.Indent or PythonTokenKind.Dedent))
        {
            _lineHasContent = true;
        }
    }

    // CPython: NEWLINE when the last logical line had content but no line ending, DEDENT to level 0, ENDMARKER. Its
    // line is one past the last line, except when the text ends in a line of nothing but indentation.
    private void Finish(bool endedInIndentation)
    {
        var end = _text.Length;
        if (_lineHasContent)
        {
            _tokens.Add(new PythonToken(PythonTokenKind.Newline, end, 0, _line));
        }

        var eofLine = _line;
        if (!endedInIndentation && end > 0 && _text[end - 1] is not ('\n' or '\r'))
        {
            eofLine++;
        }

        for (var i = _indents.Depth; i > 0; i--)
        {
            _tokens.Add(new PythonToken(PythonTokenKind.Dedent, end, 0, eofLine));
        }

        _tokens.Add(new PythonToken(PythonTokenKind.EndOfFile, end, 0, eofLine));
    }
}

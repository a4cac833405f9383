using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Artifacts.Python;

/// <summary>The kind of a <see cref="PythonToken"/>, after CPython 3.11's <c>tokenize</c> module (without ENCODING).</summary>
public enum PythonTokenKind
{
    /// <summary>An identifier or keyword (<c>NAME</c>).</summary>
    Name,

    /// <summary>A numeric literal: decimal, hex, octal, binary, float, imaginary (<c>NUMBER</c>).</summary>
    Number,

    /// <summary>A string or bytes literal with its prefix and quotes; a whole f-string is one token (<c>STRING</c>).</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The kind is named after CPython's STRING token; the public API is fixed.")]
    String,

    /// <summary>An operator or delimiter, longest match (<c>OP</c>).</summary>
    Operator,

    /// <summary>A comment, from <c>#</c> to the end of the line, line ending excluded (<c>COMMENT</c>).</summary>
    Comment,

    /// <summary>The end of a logical line (<c>NEWLINE</c>); empty at the end of a file that lacks a final line ending.</summary>
    Newline,

    /// <summary>A line ending that does not end a logical line: blank and comment-only lines, inside brackets (<c>NL</c>).</summary>
    NonLogicalNewline,

    /// <summary>The indentation of a line deeper than the enclosing block; its text is the leading whitespace (<c>INDENT</c>).</summary>
    Indent,

    /// <summary>The end of an indented block; empty (<c>DEDENT</c>).</summary>
    Dedent,

    /// <summary>The end of the text; empty, always the last token (<c>ENDMARKER</c>).</summary>
    EndOfFile,

    /// <summary>Text that is no token: an unterminated string, a stray character (<c>ERRORTOKEN</c>).</summary>
    Error,
}

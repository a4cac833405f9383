namespace TrustCheck.Packaging;

/// <summary>
/// A requirement or marker string does not follow the PEP 508 grammar. The message names the problem and shows the
/// input with the offending span underlined.
/// </summary>
public class DependencySyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public DependencySyntaxException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DependencySyntaxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DependencySyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a span of the source.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="source">The whole input.</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="end">Where the span ends.</param>
    public DependencySyntaxException(string problem, string source, int start, int end)
        : base($"{problem}\n    {source}\n    {new string(' ', start)}{new string('~', Math.Max(0, end - start))}^")
    {
        Problem = problem;
        Source = source;
        Start = start;
        End = end;
    }

    /// <summary>What is wrong, without the excerpt.</summary>
    public string? Problem { get; }

    /// <summary>The input that failed to parse.</summary>
    public new string? Source { get; }

    /// <summary>The start of the offending span.</summary>
    public int Start { get; }

    /// <summary>The end of the offending span.</summary>
    public int End { get; }
}

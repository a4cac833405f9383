namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// A dependency file cannot be read or does not follow its format. <see cref="File"/> and <see cref="Line"/> say
/// where; the message starts with <c>FILE:LINE: </c> (or <c>FILE: </c> when the problem has no line).
/// </summary>
public class DependencyFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DependencyFileException()
        : this("The dependency file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public DependencyFileException(string message)
        : base(message)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>Creates the exception with a message, no location and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DependencyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>Creates the exception for a place in a file.</summary>
    /// <param name="file">The file (absolute path).</param>
    /// <param name="line">The 1-based line, or null when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DependencyFileException(string file, int? line, string problem, Exception? innerException = null)
        : base(Format(file, line, problem), innerException)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file the problem is in (absolute path).</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, or null when it concerns the whole file.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, string problem) =>
        line is { } number ? $"{file}:{number}: {problem}" : $"{file}: {problem}";
}

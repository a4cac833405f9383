namespace TrustCheck.Packaging;

/// <summary>A marker could not be evaluated in an environment; <see cref="Kind"/> says why.</summary>
public sealed class MarkerEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MarkerEvaluationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public MarkerEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public MarkerEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its kind.</summary>
    /// <param name="kind">Why evaluation failed.</param>
    /// <param name="message">What failed, naming the values.</param>
    public MarkerEvaluationException(MarkerEvaluationErrorKind kind, string message)
        : base(message) => Kind = kind;

    /// <summary>Why evaluation failed.</summary>
    public MarkerEvaluationErrorKind Kind { get; }
}

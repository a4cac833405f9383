namespace TrustCheck.Packaging;

/// <summary>A compressed wheel tag set could not be parsed.</summary>
public sealed class WheelTagFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public WheelTagFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public WheelTagFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WheelTagFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its kind.</summary>
    /// <param name="kind">Why the tag set was rejected.</param>
    /// <param name="message">What is wrong, naming the input.</param>
    public WheelTagFormatException(WheelTagErrorKind kind, string message)
        : base(message) => Kind = kind;

    /// <summary>Why the tag set was rejected.</summary>
    public WheelTagErrorKind Kind { get; }
}

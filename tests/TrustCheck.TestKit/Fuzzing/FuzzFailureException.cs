namespace TrustCheck.TestKit.Fuzzing;

/// <summary>A fuzz input crashed, hung or was wrongly accepted; the input is saved for replay.</summary>
public sealed class FuzzFailureException : Exception
{
    /// <summary>Creates the failure.</summary>
    public FuzzFailureException()
    {
    }

    /// <summary>Creates the failure with its description.</summary>
    /// <param name="message">What went wrong, the input's number and where it was saved.</param>
    public FuzzFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the failure with its description and cause.</summary>
    /// <param name="message">What went wrong, the input's number and where it was saved.</param>
    /// <param name="innerException">The exception the parser threw.</param>
    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

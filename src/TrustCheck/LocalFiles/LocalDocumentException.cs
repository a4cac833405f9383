namespace TrustCheck.LocalFiles;

/// <summary>
/// A local document someone handed TrustCheck (a provenance object, a bundle, a trusted root, a policy file) cannot
/// be used as input: it is not a regular file, it is larger than the stated limit, or it cannot be read.
/// </summary>
public sealed class LocalDocumentException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="message">What is wrong with it, naming the file.</param>
    /// <param name="innerException">The I/O error behind it, if any.</param>
    public LocalDocumentException(string path, string message, Exception? innerException = null)
        : base(message, innerException) => Path = path;

    /// <summary>The file.</summary>
    public string Path { get; }
}

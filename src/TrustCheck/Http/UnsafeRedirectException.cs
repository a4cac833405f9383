namespace TrustCheck.Http;

/// <summary>A redirect that TrustCheck refused to follow.</summary>
internal sealed class UnsafeRedirectException : Exception
{
    public UnsafeRedirectException()
    {
    }

    public UnsafeRedirectException(string message)
        : base(message)
    {
    }

    public UnsafeRedirectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>An OSV request the real API rejects with 400 <c>{"code": 3, "message": ...}</c>.</summary>
internal sealed class OsvRequestException : Exception
{
    public OsvRequestException()
    {
    }

    public OsvRequestException(string message)
        : base(message)
    {
    }

    public OsvRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

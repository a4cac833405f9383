using System.Net;

namespace TrustCheck.Http;

/// <summary>A service's answer, body read in full.</summary>
internal sealed record HttpAnswer
{
    public required HttpStatusCode Status { get; init; }

    public required byte[] Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    /// <summary>The <c>max-age</c> the service allows, when it says.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Whether the service forbids storing the answer (<c>no-store</c>).</summary>
    public bool NoStore { get; init; }
}

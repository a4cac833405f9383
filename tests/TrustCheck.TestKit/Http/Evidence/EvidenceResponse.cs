using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// What a route answers, before the server applies caching, conditional requests and faults: a status, a body, its
/// media type, the caching class and extra headers.
/// </summary>
internal sealed class EvidenceResponse
{
    public const string JsonMediaType = "application/json";

    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public EvidenceResponse(int statusCode, ReadOnlyMemory<byte> body, string? contentType, ResponseCacheClass cacheClass = ResponseCacheClass.None)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        CacheClass = cacheClass;
    }

    public int StatusCode { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public string? ContentType { get; }

    public ResponseCacheClass CacheClass { get; }

    /// <summary>A tag to send instead of the computed one (recorded responses keep their real tag).</summary>
    public string? ETag { get; init; }

    /// <summary>The <c>Vary</c> header, when the representation depends on request headers.</summary>
    public string? Vary { get; init; }

    /// <summary>Headers sent as they are (recorded <c>Cache-Control</c>, <c>Location</c>, <c>WWW-Authenticate</c>…).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public bool IsJson => ContentType is not null && ContentType.Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A stored document served with its own tag and headers.</summary>
    public static EvidenceResponse Document(EvidenceDocument document, string contentType, ResponseCacheClass cacheClass, string? vary = null) =>
        new(200, document.Body, contentType, cacheClass) { ETag = document.ETag, Headers = document.Headers, Vary = vary };

    /// <summary>A JSON body built by the server, with a computed tag when successful.</summary>
    public static EvidenceResponse Json(int statusCode, byte[] body, ResponseCacheClass cacheClass) =>
        new(statusCode, body, JsonMediaType, statusCode == 200 ? cacheClass : ResponseCacheClass.None);

    /// <summary>PyPI's error shape: <c>{"message": "..."}</c>, never cached.</summary>
    public static EvidenceResponse Message(int statusCode, string message) => new(statusCode, MessageBody(message), JsonMediaType);

    /// <summary>The bytes of <c>{"message": "..."}</c>, spaced like PyPI's.</summary>
    public static byte[] MessageBody(string message) => Encoding.UTF8.GetBytes("{\"message\": " + JsonSerializer.Serialize(message, MessageOptions) + "}");

    /// <summary>The 404 PyPI sends for an unknown project or version: <c>{"message": "Not Found"}</c>.</summary>
    public static EvidenceResponse NotFound() => Message(404, "Not Found");

    /// <summary>A redirect with no body.</summary>
    public static EvidenceResponse Redirect(int statusCode, string location) =>
        new(statusCode, ReadOnlyMemory<byte>.Empty, null) { Headers = [new("Location", location)] };
}

using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Writes an <see cref="EvidenceResponse"/>: status, headers, the strong <c>ETag</c> and <c>Cache-Control</c> of a
/// successful response, a 304 for a matching <c>If-None-Match</c> on GET/HEAD, then the body with its length.
/// </summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(EvidenceExchange exchange, EvidenceResponse response)
    {
        if (ApplyHeaders(exchange, response) is { } etag && IsConditionalMethod(exchange.Context.Request.Method) &&
            EntityTags.Matches(exchange.Context.Request.Headers.IfNoneMatch, etag))
        {
            exchange.Context.Response.StatusCode = StatusCodes.Status304NotModified;
            exchange.Context.Response.ContentType = null;
            exchange.Context.Response.ContentLength = null;
            exchange.CountNotModified();
            exchange.MarkCompleted();
            return;
        }

        await WriteBodyAsync(exchange, response.Body).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the status and headers (not yet sent), including <c>Content-Length</c>; returns the <c>ETag</c> when the
    /// response is cacheable.
    /// </summary>
    public static string? ApplyHeaders(EvidenceExchange exchange, EvidenceResponse response)
    {
        var http = exchange.Context.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.Vary is not null)
        {
            http.Headers.Vary = response.Vary;
        }

        if (response.ContentType is not null)
        {
            http.ContentType = response.ContentType;
        }

        http.ContentLength = response.Body.Length;
        if (response.StatusCode != StatusCodes.Status200OK || exchange.Caching.MaxAgeOf(response.CacheClass) is not { } maxAge)
        {
            return null;
        }

        var etag = response.ETag ?? EntityTags.Of(response.Body.Span);
        http.Headers.ETag = etag;
        if (!http.Headers.ContainsKey("Cache-Control"))
        {
            http.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"max-age={(long)maxAge.TotalSeconds}, public");
        }

        return etag;
    }

    /// <summary>Writes the body (none for HEAD), marking the request answered just before the final flush.</summary>
    public static async Task WriteBodyAsync(EvidenceExchange exchange, ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty || HttpMethods.IsHead(exchange.Context.Request.Method))
        {
            exchange.MarkCompleted();
            return;
        }

        var writer = exchange.Context.Response.BodyWriter;
        writer.Write(body.Span);
        exchange.MarkCompleted();
        await writer.FlushAsync(exchange.Aborted).ConfigureAwait(false);
    }

    private static bool IsConditionalMethod(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}

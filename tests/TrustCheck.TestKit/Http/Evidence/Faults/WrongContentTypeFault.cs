namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>
/// The normal status and body under another <c>Content-Type</c>, without the validators and caching headers of the
/// real representation: a misconfigured proxy or CDN in front of the index.
/// </summary>
internal sealed class WrongContentTypeFault(string mediaType) : Fault
{
    internal override Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal) =>
        ResponseWriter.WriteAsync(exchange, new EvidenceResponse(normal.StatusCode, normal.Body, mediaType) { Headers = [.. normal.Headers.Where(static h => !IsCaching(h.Key))] });

    private static bool IsCaching(string header) =>
        header.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase) || header.Equals("ETag", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"WrongContentType ({mediaType})";
}

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>A registered body with its strong tag (computed once) and any headers recorded with it.</summary>
internal sealed class EvidenceDocument
{
    public EvidenceDocument(byte[] body, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        Body = body;
        var recorded = headers ?? [];
        ETag = recorded.FirstOrDefault(static h => string.Equals(h.Key, "ETag", StringComparison.OrdinalIgnoreCase)).Value ?? EntityTags.Of(body);
        Headers = [.. recorded.Where(static h => !string.Equals(h.Key, "ETag", StringComparison.OrdinalIgnoreCase))];
    }

    public byte[] Body { get; }

    public string ETag { get; }

    /// <summary>Headers other than <c>ETag</c>, sent as they are.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
}

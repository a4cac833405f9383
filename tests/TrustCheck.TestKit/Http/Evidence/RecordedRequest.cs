namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>One request an <see cref="EvidenceServer"/> received, with the headers tests assert on.</summary>
public sealed class RecordedRequest
{
    private long _completedAt;
    private int _statusCode;

    internal RecordedRequest(string method, string path, string query, string? accept, string? userAgent, string? authorization, string? ifNoneMatch, long startedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        Accept = accept;
        UserAgent = userAgent;
        Authorization = authorization;
        IfNoneMatch = ifNoneMatch;
        StartedAt = startedAt;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The decoded path, starting with <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>The query string, with its <c>?</c>, or empty.</summary>
    public string Query { get; }

    /// <summary>The <c>Accept</c> header, or null when absent.</summary>
    public string? Accept { get; }

    /// <summary>The <c>User-Agent</c> header, or null when absent.</summary>
    public string? UserAgent { get; }

    /// <summary>The <c>Authorization</c> header, or null when absent (a redirect target checks credentials did not leak).</summary>
    public string? Authorization { get; }

    /// <summary>The <c>If-None-Match</c> header, or null when absent.</summary>
    public string? IfNoneMatch { get; }

    /// <summary>The status code answered, or 0 while the request is in flight (or when the connection was aborted first).</summary>
    public int StatusCode => Volatile.Read(ref _statusCode);

    /// <summary>True once the server has finished answering.</summary>
    public bool IsCompleted => Volatile.Read(ref _completedAt) != 0;

    /// <summary>The journal's sequence number when the request arrived.</summary>
    internal long StartedAt { get; }

    /// <summary>The journal's sequence number when the answer was complete, or 0 while in flight.</summary>
    internal long CompletedAt => Volatile.Read(ref _completedAt);

    /// <summary>Marks the request answered, once: later calls keep the first sequence number.</summary>
    internal void Complete(long sequence, int statusCode)
    {
        if (Interlocked.CompareExchange(ref _completedAt, sequence, 0) == 0)
        {
            Volatile.Write(ref _statusCode, statusCode);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{Query} -> {StatusCode}";
}

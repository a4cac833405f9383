using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Records every request: its headers, per-path request and 304 counts, and when it started and finished on one
/// sequence counter, so the largest number of overlapping requests can be computed afterwards for any path prefix.
/// </summary>
internal sealed class RequestJournal
{
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, int> _requestCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _notModifiedCounts = new(StringComparer.Ordinal);
    private List<RecordedRequest> _requests = [];
    private long _sequence;

    public int TotalRequests
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public RecordedRequest Begin(HttpRequest request)
    {
        var path = NormalizePath(request.Path.Value);
        var recorded = new RecordedRequest(
            request.Method,
            path,
            request.QueryString.Value ?? string.Empty,
            HeaderOrNull(request, "Accept"),
            HeaderOrNull(request, "User-Agent"),
            HeaderOrNull(request, "Authorization"),
            HeaderOrNull(request, "If-None-Match"),
            Interlocked.Increment(ref _sequence));
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        _requestCounts.AddOrUpdate(path, 1, static (_, n) => n + 1);
        return recorded;
    }

    public void Complete(RecordedRequest request, int statusCode) => request.Complete(Interlocked.Increment(ref _sequence), statusCode);

    public void CountNotModified(RecordedRequest request) => _notModifiedCounts.AddOrUpdate(request.Path, 1, static (_, n) => n + 1);

    public int RequestCount(string path) => _requestCounts.GetValueOrDefault(NormalizePath(path));

    public int NotModifiedCount(string path) => _notModifiedCounts.GetValueOrDefault(NormalizePath(path));

    /// <summary>The largest number of requests (under a path prefix) that were in flight at the same time.</summary>
    public int MaxConcurrent(string? pathPrefix)
    {
        var prefix = pathPrefix is null ? null : NormalizePath(pathPrefix);
        var events = new List<(long Sequence, int Delta)>();
        foreach (var request in Snapshot())
        {
            if (prefix is not null && !request.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            events.Add((request.StartedAt, 1));
            if (request.CompletedAt != 0)
            {
                events.Add((request.CompletedAt, -1));
            }
        }

        events.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        int current = 0, max = 0;
        foreach (var (_, delta) in events)
        {
            current += delta;
            max = Math.Max(max, current);
        }

        return max;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _requests = [];
        }

        _requestCounts.Clear();
        _notModifiedCounts.Clear();
    }

    /// <summary>A path as the journal keys it: starting with <c>/</c>.</summary>
    public static string NormalizePath(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : path[0] == '/' ? path : "/" + path;

    private static string? HeaderOrNull(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;
}

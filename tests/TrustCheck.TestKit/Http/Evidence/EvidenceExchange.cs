using Microsoft.AspNetCore.Http;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>One request being answered: the HTTP context, its journal entry and the server's caching settings.</summary>
internal sealed class EvidenceExchange
{
    private readonly RequestJournal _journal;

    public EvidenceExchange(HttpContext context, RecordedRequest request, RequestJournal journal, EvidenceCaching caching)
    {
        Context = context;
        Request = request;
        _journal = journal;
        Caching = caching;
    }

    public HttpContext Context { get; }

    public RecordedRequest Request { get; }

    public EvidenceCaching Caching { get; }

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>
    /// Marks the request answered. Writers call it just before the final flush, so a client that sends its next request
    /// as soon as the last byte arrives is never counted as overlapping this one.
    /// </summary>
    public void MarkCompleted() => _journal.Complete(Request, Context.Response.StatusCode);

    public void CountNotModified() => _journal.CountNotModified(Request);
}

namespace TrustCheck.Http;

/// <summary>Sits inside the resilience pipeline, so it sees every attempt, and counts them on the request.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(AttemptCount.Key, out var count))
        {
            count.Add();
        }

        return base.SendAsync(request, cancellationToken);
    }
}

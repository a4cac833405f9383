using TrustCheck.Diagnostics;

namespace TrustCheck.Http;

/// <summary>
/// Sits outside the resilience pipeline (inside the redirect handler, so each hop is a request) and records each
/// request once, after all its attempts: host, port, method, final status or error type, retries and duration.
/// </summary>
internal sealed class RequestTelemetryHandler(string client, TrustCheckMetrics metrics, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var count = new AttemptCount();
        request.Options.Set(AttemptCount.Key, count);
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.RecordRequest(client, request, (int)response.StatusCode, error: null, count.Retries, time.GetElapsedTime(started));
            return response;
        }
        catch (Exception error)
        {
            metrics.RecordRequest(client, request, statusCode: null, error, count.Retries, time.GetElapsedTime(started));
            throw;
        }
    }
}

using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using TrustCheck.Sources;

namespace TrustCheck.Http;

/// <summary>
/// The one place TrustCheck sends HTTP requests from. The named client behind it carries the redirect policy, the
/// per-host resilience pipeline (concurrency limit, timeouts, retries honouring <c>Retry-After</c>, circuit
/// breaker) and the body limits; this class turns URLs with credentials into <c>Authorization</c> headers and every
/// failure into an <see cref="EvidenceSourceException"/> with a redacted URL.
/// </summary>
internal sealed class EvidenceHttpClient(IHttpClientFactory factory)
{
    /// <summary>The name of the configured <see cref="HttpClient"/>.</summary>
    public const string ClientName = "TrustCheck.Evidence";

    /// <summary>The name of the client for downloads: the same pipeline, without buffering the body.</summary>
    public const string DownloadClientName = "TrustCheck.Downloads";

    public async Task<HttpAnswer> SendAsync(EvidenceHttpRequest request, CancellationToken cancellationToken)
    {
        var shown = UrlRedactor.Redact(request.Url);
        using var message = CreateMessage(request);
        var client = factory.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new HttpAnswer
            {
                Status = response.StatusCode,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                ETag = response.Headers.ETag?.ToString(),
                MaxAge = response.Headers.CacheControl?.MaxAge,
                NoStore = response.Headers.CacheControl?.NoStore ?? false,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (Classify(error) is { } kind)
        {
            throw new EvidenceSourceException(kind, shown, $"{Describe(kind)} for {message.Method} {shown}: {UrlRedactor.RedactText(error.Message)}", error);
        }
    }

    /// <summary>
    /// GETs <paramref name="url"/> and hands its body, as it arrives, to <paramref name="read"/> (with the redacted URL
    /// for messages). Resilience covers the request up to the headers; a body that breaks off is an error, not retried.
    /// </summary>
    public async Task<T> StreamAsync<T>(Uri url, Func<Stream, string, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var shown = UrlRedactor.Redact(url);
        using var message = CreateMessage(new EvidenceHttpRequest(url, "*/*", long.MaxValue));
        var client = factory.CreateClient(DownloadClientName);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new EvidenceSourceException(EvidenceErrorKind.HttpStatus, shown, $"HTTP {(int)response.StatusCode} for GET {shown}.", statusCode: (int)response.StatusCode);
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return await read(body, shown, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (error is not EvidenceSourceException && Classify(error) is { } kind)
        {
            throw new EvidenceSourceException(kind, shown, $"{Describe(kind)} for GET {shown}: {UrlRedactor.RedactText(error.Message)}", error);
        }
    }

    private static HttpRequestMessage CreateMessage(EvidenceHttpRequest request)
    {
        var url = request.Url;
        string? credentials = null;
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            credentials = Uri.UnescapeDataString(url.UserInfo);
            url = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        var message = new HttpRequestMessage(request.JsonBody is null ? HttpMethod.Get : HttpMethod.Post, url);
        message.Headers.Accept.ParseAdd(request.Accept);
        if (credentials is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.Contains(':', StringComparison.Ordinal) ? credentials : credentials + ":")));
        }

        if (request.IfNoneMatch is not null && EntityTagHeaderValue.TryParse(request.IfNoneMatch, out var etag))
        {
            message.Headers.IfNoneMatch.Add(etag);
        }

        if (request.JsonBody is not null)
        {
            message.Content = new ByteArrayContent(request.JsonBody);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        message.Options.Set(ResponseLimits.MaxBytes, request.MaxBytes);
        return message;
    }

    private static EvidenceErrorKind? Classify(Exception error) => error switch
    {
        ResponseTooLargeException => EvidenceErrorKind.TooLarge,
        UnsafeRedirectException => EvidenceErrorKind.UnsafeRedirect,
        TimeoutRejectedException => EvidenceErrorKind.Timeout,
        OperationCanceledException => EvidenceErrorKind.Timeout,
        BrokenCircuitException => EvidenceErrorKind.CircuitOpen,
        RateLimiterRejectedException => EvidenceErrorKind.Unreachable,
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => EvidenceErrorKind.Truncated,
        HttpRequestException => EvidenceErrorKind.Unreachable,
        HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded } => EvidenceErrorKind.Truncated,
        IOException => EvidenceErrorKind.Unreachable,
        _ => null,
    };

    private static string Describe(EvidenceErrorKind kind) => kind switch
    {
        EvidenceErrorKind.TooLarge => "The answer is too large",
        EvidenceErrorKind.UnsafeRedirect => "A redirect was refused",
        EvidenceErrorKind.Timeout => "No answer in time (after retries)",
        EvidenceErrorKind.CircuitOpen => "Too many recent failures for this host; not sending",
        EvidenceErrorKind.Truncated => "The answer was cut short (after retries)",
        _ => "The service could not be reached (after retries)",
    };

    internal static void ConfigureResilience(HttpStandardResilienceOptions resilience, TrustCheckHttpOptions options)
    {
        resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit = options.MaxConcurrencyPerHost;
        resilience.RateLimiter.DefaultRateLimiterOptions.QueueLimit = options.MaxQueuedPerHost;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
        // The standard pipeline always has a retry stage; "no retries" is a stage that handles nothing.
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        if (options.MaxRetries == 0)
        {
            resilience.Retry.ShouldHandle = static _ => Polly.PredicateResult.False();
        }

        resilience.Retry.Delay = options.RetryBaseDelay;
        resilience.Retry.MaxDelay = options.MaxRetryDelay;
        resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.CircuitBreaker.FailureRatio = options.CircuitBreakerFailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = options.CircuitBreakerMinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = options.CircuitBreakerSamplingDuration;
        resilience.CircuitBreaker.BreakDuration = options.CircuitBreakerBreakDuration;
    }
}

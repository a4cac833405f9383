using TrustCheck.TestKit.Http.Evidence.Faults;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// A misbehaviour an <see cref="EvidenceServer"/> shows instead of its normal answer, once per matching request
/// (schedule them with <see cref="FaultSchedule.Enqueue"/>).
/// </summary>
public abstract class Fault
{
    private protected Fault()
    {
    }

    /// <summary>Answers 200 with the first half of the normal JSON body (or a JSON fragment): it does not parse.</summary>
    public static Fault MalformedJson { get; } = new MalformedJsonFault();

    /// <summary>
    /// Declares the normal body's full <c>Content-Length</c>, sends half of it, then aborts the connection (a declared
    /// length of 1024 when the normal body is shorter than two bytes).
    /// </summary>
    public static Fault Truncated { get; } = new TruncatedFault();

    /// <summary>Answers an error status (500, 502, 503…) with a small JSON body.</summary>
    /// <param name="statusCode">The status code.</param>
    public static Fault Status(int statusCode) => new StatusFault(statusCode, retryAfter: null);

    /// <summary>Answers 429, with <c>Retry-After</c> in whole seconds (rounded up) when given.</summary>
    /// <param name="retryAfter">The delay to advertise, or null for no header.</param>
    public static Fault TooManyRequests(TimeSpan? retryAfter = null) => new StatusFault(429, retryAfter);

    /// <summary>Answers 503, with <c>Retry-After</c> in whole seconds (rounded up) when given.</summary>
    /// <param name="retryAfter">The delay to advertise, or null for no header.</param>
    public static Fault ServiceUnavailable(TimeSpan? retryAfter = null) => new StatusFault(503, retryAfter);

    /// <summary>
    /// Waits before sending any header (make it longer than the client's timeout), then answers normally if the
    /// client is still there. The wait ends early when the client disconnects.
    /// </summary>
    /// <param name="duration">How long to wait.</param>
    public static Fault Stall(TimeSpan duration) => new StallFault(duration);

    /// <summary>
    /// Sends the headers and half the body at once, then waits (make it longer than the client's idle limit) before
    /// the rest: a body that stops arriving after the attempt already succeeded. The wait ends when the client leaves.
    /// </summary>
    /// <param name="duration">How long the body pauses.</param>
    public static Fault StallMidBody(TimeSpan duration) => new StallMidBodyFault(duration);

    /// <summary>
    /// Answers 200 with a valid JSON object of exactly <paramref name="bytes"/> bytes, streamed in chunks: without
    /// <c>Content-Length</c> (chunked) unless <paramref name="declareLength"/>, so a client must enforce its limit while reading.
    /// </summary>
    /// <param name="bytes">The body size; at least 16.</param>
    /// <param name="declareLength">Whether to send <c>Content-Length</c>.</param>
    public static Fault Oversized(long bytes, bool declareLength = false) => new OversizedFault(bytes, declareLength);

    /// <summary>Answers a redirect (302 unless told) to another URL, e.g. a route of a second server.</summary>
    /// <param name="target">The absolute URL for <c>Location</c>.</param>
    /// <param name="statusCode">301, 302, 303, 307 or 308.</param>
    public static Fault RedirectTo(Uri target, int statusCode = 302) => new RedirectFault(target, statusCode);

    /// <summary>Answers normally (headers at once) but dribbles the body at about <paramref name="bytesPerSecond"/>.</summary>
    /// <param name="bytesPerSecond">The rate; at least 1.</param>
    public static Fault Slow(int bytesPerSecond) => new SlowFault(bytesPerSecond);

    /// <summary>
    /// Answers the normal status and body under another <c>Content-Type</c> (<c>text/html</c> unless told), without
    /// <c>ETag</c> or <c>Cache-Control</c>: a misconfigured proxy in front of the index.
    /// </summary>
    /// <param name="mediaType">The media type to declare.</param>
    public static Fault WrongContentType(string mediaType = "text/html")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        return new WrongContentTypeFault(mediaType);
    }

    /// <summary>Answers the request in place of the normal response.</summary>
    internal abstract Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal);
}

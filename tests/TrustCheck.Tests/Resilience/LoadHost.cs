using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Engine;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// A real TrustCheck (<c>AddTrustCheck()</c>) on the loopback server, on the fixed report clock, with the resilience
/// pipeline shortened so that faults cost milliseconds: 750 ms per attempt, 4 retries from 10 ms, 20 s in total.
/// </summary>
internal static class LoadHost
{
    public static SourceHost Create(
        EvidenceServer server,
        string? cacheDirectory = null,
        Action<EvidenceCacheOptions>? cache = null,
        Action<ITrustCheckBuilder>? builder = null,
        Action<TrustCheckHttpOptions>? http = null) =>
        SourceHost.Create(
            server,
            cacheDirectory,
            http: h =>
            {
                h.AttemptTimeout = TimeSpan.FromMilliseconds(750);
                h.TotalTimeout = TimeSpan.FromSeconds(20);
                h.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                h.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
                h.MaxRetries = 4;
                http?.Invoke(h);
            },
            cache: cache,
            sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot,
            services: InspectorScenarioTests.FixedClock,
            builder: builder);

    /// <summary>The faults the load tests draw from: 429 with <c>Retry-After</c>, 5xx, stalls, cut bodies, wrong content types.</summary>
    public static IReadOnlyList<Fault> Faults { get; } =
    [
        Fault.TooManyRequests(TimeSpan.FromSeconds(1)),
        Fault.Status(500),
        Fault.Status(502),
        Fault.ServiceUnavailable(),
        Fault.Stall(TimeSpan.FromSeconds(5)),
        Fault.Truncated,
        Fault.WrongContentType("text/html"),
        Fault.WrongContentType("text/plain"),
    ];
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TrustCheck.Diagnostics;

/// <summary>
/// TrustCheck's instruments on the <c>TrustCheck</c> meter, created through the container's <see cref="IMeterFactory"/>
/// (so each service provider has its own meter, disposed with it).
/// </summary>
internal sealed class TrustCheckMetrics
{
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _verifications;

    public TrustCheckMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(new MeterOptions(TrustCheckDiagnostics.Name) { Version = TrustCheckDiagnostics.Version });
        _requests = meter.CreateCounter<long>(TrustCheckDiagnostics.HttpRequests, "{request}", "Requests to services, counted once each after all their attempts.");
        _requestDuration = meter.CreateHistogram<double>(
            TrustCheckDiagnostics.HttpRequestDuration,
            "s",
            "How long requests to services took across all their attempts and waits.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120] });
        _cacheLookups = meter.CreateCounter<long>(TrustCheckDiagnostics.CacheLookups, "{lookup}", "Evidence lookups, by the tier that answered.");
        _verifications = meter.CreateCounter<long>(TrustCheckDiagnostics.ProvenanceVerifications, "{verification}", "Provenance verifications, by outcome and deciding stage.");
    }

    /// <summary>Records one request (after its retries).</summary>
    public void RecordRequest(string client, HttpRequestMessage request, int? statusCode, Exception? error, int retries, TimeSpan duration)
    {
        var url = request.RequestUri;
        var tags = new TagList
        {
            { TrustCheckDiagnostics.Tags.Client, client },
            { TrustCheckDiagnostics.Tags.ServerAddress, url?.Host },
            { TrustCheckDiagnostics.Tags.ServerPort, url?.Port },
            { TrustCheckDiagnostics.Tags.HttpMethod, request.Method.Method },
            { TrustCheckDiagnostics.Tags.Retries, retries },
        };
        if (statusCode is { } status)
        {
            tags.Add(TrustCheckDiagnostics.Tags.HttpStatusCode, status);
        }

        if (error is not null)
        {
            tags.Add(TrustCheckDiagnostics.Tags.ErrorType, error.GetType().Name);
        }

        _requests.Add(1, tags);
        _requestDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Records which tier answered an evidence lookup.</summary>
    public void RecordCacheLookup(string endpoint, string tier) =>
        _cacheLookups.Add(1, new KeyValuePair<string, object?>(TrustCheckDiagnostics.Tags.Endpoint, endpoint), new KeyValuePair<string, object?>(TrustCheckDiagnostics.Tags.Tier, tier));

    /// <summary>Records a provenance verification's outcome and the stage that failed (<c>none</c> when none did).</summary>
    public void RecordVerification(string outcome, string stage) =>
        _verifications.Add(1, new KeyValuePair<string, object?>(TrustCheckDiagnostics.Tags.Outcome, outcome), new KeyValuePair<string, object?>(TrustCheckDiagnostics.Tags.Stage, stage));
}

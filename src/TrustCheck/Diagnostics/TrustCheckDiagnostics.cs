using System.Diagnostics;
using System.Reflection;

namespace TrustCheck.Diagnostics;

/// <summary>
/// The one place TrustCheck's telemetry is named: the <see cref="System.Diagnostics.Metrics.Meter"/> and the
/// <see cref="System.Diagnostics.ActivitySource"/> are both called <c>TrustCheck</c>, and every instrument, activity
/// and tag name is here (docs/observability.md lists them).
/// </summary>
public static class TrustCheckDiagnostics
{
    /// <summary>The name of TrustCheck's meter and activity source: <c>TrustCheck</c>.</summary>
    public const string Name = "TrustCheck";

    /// <summary>Counter of requests to services, one per request after all its attempts (<c>{request}</c>).</summary>
    public const string HttpRequests = "trustcheck.http.client.requests";

    /// <summary>Histogram of the time a request took across all its attempts and waits (<c>s</c>).</summary>
    public const string HttpRequestDuration = "trustcheck.http.client.request.duration";

    /// <summary>Counter of evidence lookups by the tier that answered them (<c>{lookup}</c>).</summary>
    public const string CacheLookups = "trustcheck.cache.lookups";

    /// <summary>Counter of provenance verifications by outcome and the stage that decided it (<c>{verification}</c>).</summary>
    public const string ProvenanceVerifications = "trustcheck.provenance.verifications";

    /// <summary>The activity of one inspection (<c>ITrustInspector.InspectAsync</c>).</summary>
    public const string InspectActivity = "trustcheck.inspect";

    /// <summary>The activity of one signal provider's run on one release, a child of the inspection's.</summary>
    public const string ProviderActivity = "trustcheck.provider";

    /// <summary>The activity source every TrustCheck activity comes from.</summary>
    internal static ActivitySource ActivitySource { get; } = new(Name, Version);

    internal static string Version { get; } =
        typeof(TrustCheckDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Tag names.</summary>
    public static class Tags
    {
        /// <summary>The host a request went to (<c>server.address</c>).</summary>
        public const string ServerAddress = "server.address";

        /// <summary>The port a request went to (<c>server.port</c>).</summary>
        public const string ServerPort = "server.port";

        /// <summary>The request method (<c>http.request.method</c>).</summary>
        public const string HttpMethod = "http.request.method";

        /// <summary>The final status code (<c>http.response.status_code</c>); absent when no response came.</summary>
        public const string HttpStatusCode = "http.response.status_code";

        /// <summary>Why a request failed without a response: the exception's type name (<c>error.type</c>).</summary>
        public const string ErrorType = "error.type";

        /// <summary>How many times the request was retried (attempts − 1).</summary>
        public const string Retries = "retries";

        /// <summary>The HTTP client: <c>evidence</c> (buffered, cached answers) or <c>downloads</c> (streamed distributions).</summary>
        public const string Client = "client";

        /// <summary>The tier that answered a lookup: <c>memory</c>, <c>distributed</c>, <c>network</c>, or <c>none</c> (offline miss).</summary>
        public const string Tier = "tier";

        /// <summary>The kind of endpoint looked up (<c>pypi-json</c>, <c>simple</c>, <c>provenance</c>, <c>osv-query</c>, <c>osv-vuln</c>, <c>popular</c>, <c>tuf</c>).</summary>
        public const string Endpoint = "endpoint";

        /// <summary>An outcome: <c>verified</c>/<c>failed</c>/<c>unsupported</c> (verifications), <c>passed</c>/<c>failed</c>/<c>error</c> (inspections).</summary>
        public const string Outcome = "outcome";

        /// <summary>The verification stage that failed (<c>chain</c>, <c>sct</c>, <c>log-body</c>, <c>digest</c>, …), or <c>none</c>.</summary>
        public const string Stage = "stage";

        /// <summary>The number of releases an inspection inspected (its plan, dependencies included).</summary>
        public const string PackageCount = "package.count";

        /// <summary>The policy an inspection was judged by.</summary>
        public const string Policy = "policy";

        /// <summary>The signal provider's name.</summary>
        public const string Provider = "provider";

        /// <summary>A provider run's outcome: <c>completed</c>, <c>indeterminate</c> or <c>cancelled</c>.</summary>
        public const string Status = "status";

        /// <summary>The release a provider ran on, <c>name==version</c>.</summary>
        public const string Package = "package";
    }
}

using System.Globalization;
using System.Text;

namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>An error status, optionally with <c>Retry-After</c> (429 and 503).</summary>
internal sealed class StatusFault : Fault
{
    private readonly int _statusCode;
    private readonly TimeSpan? _retryAfter;

    public StatusFault(int statusCode, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), "Retry-After cannot be negative.");
        }

        _statusCode = statusCode;
        _retryAfter = retryAfter;
    }

    internal override Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        var headers = _retryAfter is { } delay
            ? new[] { new KeyValuePair<string, string>("Retry-After", ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture)) }
            : [];
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"message\": \"Injected fault: status {_statusCode}\"}}"));
        return ResponseWriter.WriteAsync(exchange, new EvidenceResponse(_statusCode, body, EvidenceResponse.JsonMediaType) { Headers = headers });
    }

    public override string ToString() => _retryAfter is { } delay ? $"Status {_statusCode} (Retry-After {delay})" : $"Status {_statusCode}";
}

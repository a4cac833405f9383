namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>A redirect to an absolute URL, typically on another host.</summary>
internal sealed class RedirectFault : Fault
{
    private readonly Uri _target;
    private readonly int _statusCode;

    public RedirectFault(Uri target, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsAbsoluteUri)
        {
            throw new ArgumentException("The redirect target must be an absolute URL.", nameof(target));
        }

        if (statusCode is not (301 or 302 or 303 or 307 or 308))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A redirect status is 301, 302, 303, 307 or 308.");
        }

        _target = target;
        _statusCode = statusCode;
    }

    internal override Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal) =>
        ResponseWriter.WriteAsync(exchange, EvidenceResponse.Redirect(_statusCode, _target.AbsoluteUri));

    public override string ToString() => $"Redirect {_statusCode} to {_target}";
}

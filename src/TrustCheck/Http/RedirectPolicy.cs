namespace TrustCheck.Http;

/// <summary>Which redirect targets TrustCheck follows.</summary>
internal static class RedirectPolicy
{
    /// <summary>HTTPS anywhere; plain HTTP only to a loopback host (tests, local mirrors).</summary>
    public static bool IsAllowedTarget(Uri target) =>
        target.IsAbsoluteUri && (target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback));

    /// <summary>Whether two URLs share scheme, host and port: only then may credentials travel with the redirect.</summary>
    public static bool IsSameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}

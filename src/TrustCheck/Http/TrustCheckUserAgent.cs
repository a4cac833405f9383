using System.Net.Http.Headers;
using System.Reflection;

namespace TrustCheck.Http;

/// <summary>The <c>User-Agent</c> TrustCheck sends: its name, version and where to find it (as PyPI asks).</summary>
public static class TrustCheckUserAgent
{
    /// <summary>TrustCheck's version (the informational version, without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The header value, e.g. <c>TrustCheck/0.1.0 (+https://github.com/trustcheck/trustcheck)</c>.</summary>
    public static string Value { get; } = $"TrustCheck/{Version} (+https://github.com/trustcheck/trustcheck)";

    internal static void Apply(HttpRequestHeaders headers) => headers.UserAgent.ParseAdd(Value);

    private static string ReadVersion()
    {
        var informational = typeof(TrustCheckUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(TrustCheckUserAgent).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}

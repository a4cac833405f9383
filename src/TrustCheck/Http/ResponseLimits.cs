namespace TrustCheck.Http;

/// <summary>The per-request body limit, carried in <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class ResponseLimits
{
    /// <summary>The limit used when a request sets none.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    public static readonly HttpRequestOptionsKey<long> MaxBytes = new("TrustCheck.MaxResponseBytes");

    public static long Get(HttpRequestMessage request) =>
        request.Options.TryGetValue(MaxBytes, out var value) ? value : DefaultMaxBytes;
}

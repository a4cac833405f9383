using System.Net;
using TrustCheck.Attestations.Tuf;

namespace TrustCheck.TestKit.Tuf;

/// <summary>
/// A plain HTTP <see cref="ITufRemote"/> for tests of <see cref="TufClient"/> against a loopback server (a
/// <see cref="Http.LoopbackServer"/>), reading no more than the caller's limit. TrustCheck.Attestations has no HTTP
/// code; the engine fetches TUF files through its cached, resilient HTTP layer (<c>CachedTufRemote</c>).
/// </summary>
public sealed class HttpTufRemote : ITufRemote
{
    private readonly HttpClient _client;
    private readonly Uri _baseUrl;

    /// <summary>Creates a remote.</summary>
    /// <param name="client">The HTTP client to use.</param>
    /// <param name="baseUrl">The repository root; a trailing slash is added when missing.</param>
    public HttpTufRemote(HttpClient client, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(baseUrl);
        _client = client;
        _baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    /// <inheritdoc />
    public async Task<byte[]?> FetchAsync(string path, long maxLength, CancellationToken cancellationToken = default)
    {
        var url = new Uri(_baseUrl, path);
        HttpResponseMessage response;
        try
        {
            response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error)
        {
            throw new TufRemoteException($"The TUF repository at {_baseUrl} could not be reached for {path}: {error.Message}", error);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new TufRemoteException($"The TUF repository answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}.");
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await ReadAtMostAsync(stream, maxLength + 1, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

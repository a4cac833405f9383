using System.Buffers;

namespace TrustCheck.Http;

/// <summary>
/// Reads each response body completely, inside the resilience pipeline, so that a body that stalls, dribbles or
/// breaks off counts against the attempt's timeout and is retried like any transient failure; and refuses bodies
/// over the request's limit, before reading them when the length is declared.
/// </summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var limit = ResponseLimits.Get(request);
            if (response.Content.Headers.ContentLength > limit)
            {
                throw new ResponseTooLargeException($"The response declares {response.Content.Headers.ContentLength} bytes, over this endpoint's limit of {Describe(limit)}.");
            }

            byte[] body;
            try
            {
                body = await ReadAsync(response.Content, limit, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException error) when (!cancellationToken.IsCancellationRequested)
            {
                // A connection that breaks mid-body is as transient as one that breaks before the headers.
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response was cut off: " + error.Message, error);
            }

            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            buffered.Headers.ContentLength = body.Length;
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var expected = content.Headers.ContentLength;
            using var buffer = new MemoryStream(expected is > 0 and < 64 * 1024 * 1024 ? (int)expected.Value : 16 * 1024);
            var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > limit)
                    {
                        throw new ResponseTooLargeException($"The response is larger than this endpoint's limit of {Describe(limit)}.");
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            if (expected is not null && buffer.Length != expected)
            {
                throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response ended after {buffer.Length} of {expected} bytes.");
            }

            return buffer.ToArray();
        }
    }

    /// <summary>A limit as people read it: whole mebibytes as "128 MiB", anything else in bytes.</summary>
    internal static string Describe(long limit) =>
        limit % (1024 * 1024) == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{limit / (1024 * 1024)} MiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{limit} bytes");
}

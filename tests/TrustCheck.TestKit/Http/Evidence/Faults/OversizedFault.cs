using System.Text;

namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>A 200 with a huge but valid JSON body, <c>{"padding": "aaaa…"}</c>, streamed in chunks.</summary>
internal sealed class OversizedFault : Fault
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("{\"padding\": \"");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("\"}");

    private readonly long _bytes;
    private readonly bool _declareLength;

    public OversizedFault(long bytes, bool declareLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, Prefix.Length + Suffix.Length);
        _bytes = bytes;
        _declareLength = declareLength;
    }

    internal override async Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        var response = exchange.Context.Response;
        response.StatusCode = 200;
        response.ContentType = EvidenceResponse.JsonMediaType;
        response.ContentLength = _declareLength ? _bytes : null;
        await response.StartAsync(exchange.Aborted).ConfigureAwait(false);
        await response.Body.WriteAsync(Prefix, exchange.Aborted).ConfigureAwait(false);

        var padding = new byte[ChunkSize];
        Array.Fill(padding, (byte)'a');
        for (var remaining = _bytes - Prefix.Length - Suffix.Length; remaining > 0;)
        {
            var count = (int)Math.Min(remaining, ChunkSize);
            await response.Body.WriteAsync(padding.AsMemory(0, count), exchange.Aborted).ConfigureAwait(false);
            remaining -= count;
        }

        await response.Body.WriteAsync(Suffix, exchange.Aborted).ConfigureAwait(false);
        exchange.MarkCompleted();
        await response.Body.FlushAsync(exchange.Aborted).ConfigureAwait(false);
    }

    public override string ToString() => $"Oversized {_bytes} bytes";
}

namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>The normal response, with its body dribbled out in small writes (about ten a second).</summary>
internal sealed class SlowFault : Fault
{
    private readonly int _bytesPerSecond;

    public SlowFault(int bytesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesPerSecond, 1);
        _bytesPerSecond = bytesPerSecond;
    }

    internal override async Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        ResponseWriter.ApplyHeaders(exchange, normal);
        var response = exchange.Context.Response;
        await response.StartAsync(exchange.Aborted).ConfigureAwait(false);
        var chunk = Math.Max(1, _bytesPerSecond / 10);
        var pause = TimeSpan.FromSeconds((double)chunk / _bytesPerSecond);
        var body = normal.Body;
        for (var offset = 0; offset < body.Length; offset += chunk)
        {
            var slice = body.Slice(offset, Math.Min(chunk, body.Length - offset));
            await Task.Delay(pause, exchange.Aborted).ConfigureAwait(false);
            if (offset + slice.Length == body.Length)
            {
                exchange.MarkCompleted();
            }

            await response.Body.WriteAsync(slice, exchange.Aborted).ConfigureAwait(false);
            await response.Body.FlushAsync(exchange.Aborted).ConfigureAwait(false);
        }

        exchange.MarkCompleted();
    }

    public override string ToString() => $"Slow {_bytesPerSecond} B/s";
}

namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>Sends the headers and the first half of the body at once, then nothing for a while, then the rest.</summary>
internal sealed class StallMidBodyFault : Fault
{
    private readonly TimeSpan _duration;

    public StallMidBodyFault(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        _duration = duration;
    }

    internal override async Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        ResponseWriter.ApplyHeaders(exchange, normal);
        var response = exchange.Context.Response;
        var body = normal.Body;
        var half = body.Length / 2;
        await response.StartAsync(exchange.Aborted).ConfigureAwait(false);
        await response.Body.WriteAsync(body[..half], exchange.Aborted).ConfigureAwait(false);
        await response.Body.FlushAsync(exchange.Aborted).ConfigureAwait(false);
        await Task.Delay(_duration, exchange.Aborted).ConfigureAwait(false);
        exchange.MarkCompleted();
        await response.Body.WriteAsync(body[half..], exchange.Aborted).ConfigureAwait(false);
    }

    public override string ToString() => $"Stall mid-body {_duration}";
}

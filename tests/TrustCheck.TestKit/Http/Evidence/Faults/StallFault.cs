namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>Waits before any header is sent, then answers normally.</summary>
internal sealed class StallFault : Fault
{
    private readonly TimeSpan _duration;

    public StallFault(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        _duration = duration;
    }

    internal override async Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        await Task.Delay(_duration, exchange.Aborted).ConfigureAwait(false);
        await ResponseWriter.WriteAsync(exchange, normal).ConfigureAwait(false);
    }

    public override string ToString() => $"Stall {_duration}";
}

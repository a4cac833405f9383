namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>Declares the full length, sends half the body, then aborts the connection.</summary>
internal sealed class TruncatedFault : Fault
{
    private const int MinimumDeclaredLength = 1024;

    /// <summary>Time for the sent half to leave the socket before the abort resets the connection.</summary>
    private static readonly TimeSpan DrainDelay = TimeSpan.FromMilliseconds(50);

    internal override async Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        ResponseWriter.ApplyHeaders(exchange, normal);
        var body = normal.Body;
        var declared = body.Length >= 2 ? body.Length : MinimumDeclaredLength;
        var sent = body.Length >= 2 ? body[..(body.Length / 2)] : body;
        exchange.Context.Response.ContentLength = declared;
        await exchange.Context.Response.StartAsync(exchange.Aborted).ConfigureAwait(false);
        if (!sent.IsEmpty)
        {
            await exchange.Context.Response.Body.WriteAsync(sent, exchange.Aborted).ConfigureAwait(false);
        }

        await exchange.Context.Response.Body.FlushAsync(exchange.Aborted).ConfigureAwait(false);
        exchange.MarkCompleted();
        await Task.Delay(DrainDelay, exchange.Aborted).ConfigureAwait(false);
        exchange.Context.Abort();
    }

    public override string ToString() => "Truncated";
}

using System.Buffers;

namespace TrustCheck.Sources.Downloads;

/// <summary>
/// A response body read for hashing: reads that wait longer than the idle limit fail as a stall, more bytes than the
/// size limit fail as too large, and the caller's cancellation stops a waiting read. Synchronous reads (the hasher
/// reads on its own dedicated thread) wait on the body's asynchronous read, so the limits apply to them too.
/// </summary>
internal sealed class IdleBoundedStream(Stream body, string shownUrl, long maxBytes, TimeSpan idleLimit, CancellationToken downloadCancellation) : Stream
{
    /// <summary>The bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override int Read(Span<byte> buffer)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var read = Read(rented, 0, buffer.Length);
            rented.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, downloadCancellation);
        idle.CancelAfter(idleLimit);
        int read;
        try
        {
            read = await body.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !downloadCancellation.IsCancellationRequested)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.Timeout, shownUrl, $"The download of {shownUrl} stalled: nothing arrived for {idleLimit.TotalSeconds:0.#} s after {BytesRead} bytes.");
        }

        BytesRead += read;
        if (BytesRead > maxBytes)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.TooLarge, shownUrl, $"The download of {shownUrl} is larger than the limit ({maxBytes} bytes).");
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

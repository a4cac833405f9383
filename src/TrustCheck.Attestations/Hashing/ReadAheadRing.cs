using System.Runtime.ExceptionServices;

namespace TrustCheck.Attestations.Hashing;

/// <summary>
/// A small ring of blocks that a dedicated thread fills from a source while the consumer drains them, so reading
/// overlaps processing. The blocks are small on purpose: a block handed over while it is still in the processor
/// caches costs the consumer almost nothing, where megabyte blocks spill to memory and slow the hash by ~10%.
/// </summary>
internal sealed class ReadAheadRing : IDisposable
{
    /// <summary>The size of one block.</summary>
    public const int BlockSize = 64 * 1024;

    /// <summary>How many blocks may be read ahead of the consumer.</summary>
    public const int BlockCount = 4;

    private readonly byte[][] _blocks = CreateBlocks();
    private readonly int[] _lengths = new int[BlockCount];
    private readonly SemaphoreSlim _filled = new(0, BlockCount);
    private readonly SemaphoreSlim _free = new(BlockCount, BlockCount);
    private ExceptionDispatchInfo? _failure;
    private int _next;

    /// <summary>Fills blocks from <paramref name="read"/> until it returns 0, on the calling thread.</summary>
    /// <param name="read">Reads into a block and returns the bytes read; 0 at the end.</param>
    /// <param name="cancellationToken">Stops the filling (also when the consumer leaves).</param>
    public void Fill(Func<Memory<byte>, int> read, CancellationToken cancellationToken)
    {
        var index = 0;
        while (true)
        {
            _free.Wait(cancellationToken);
            int length;
            try
            {
                length = read(_blocks[index]);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                _failure = ExceptionDispatchInfo.Capture(exception);
                length = -1;
            }

            _lengths[index] = length;
            _filled.Release();
            if (length <= 0)
            {
                return;
            }

            index = (index + 1) % BlockCount;
        }
    }

    /// <summary>Waits for the next filled block; empty at the end of the source.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The block's bytes, valid until <see cref="Release"/>.</returns>
    /// <exception cref="Exception">Whatever the source threw while reading.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> TakeAsync(CancellationToken cancellationToken)
    {
        await _filled.WaitAsync(cancellationToken).ConfigureAwait(false);
        var length = _lengths[_next];
        if (length < 0)
        {
            _failure!.Throw();
        }

        return _blocks[_next].AsMemory(0, length);
    }

    /// <summary>Gives the block returned by the last <see cref="TakeAsync"/> back to the reader.</summary>
    public void Release()
    {
        _next = (_next + 1) % BlockCount;
        _free.Release();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _filled.Dispose();
        _free.Dispose();
    }

    private static byte[][] CreateBlocks()
    {
        var blocks = new byte[BlockCount][];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new byte[BlockSize];
        }

        return blocks;
    }
}

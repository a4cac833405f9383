using System.Security.Cryptography;
using TrustCheck.Attestations.Hashing;

namespace TrustCheck.Attestations.Tests.Hashing;

public sealed class DistributionHasherTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(DistributionHasher.BlockSize - 1)]
    [InlineData(DistributionHasher.BlockSize)]
    [InlineData((3 * DistributionHasher.BlockSize) + 17)]
    [InlineData((11 * DistributionHasher.BlockSize) + 3)]
    public async Task Sha256Async_AnyLength_EqualsTheOneShotHash(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        using var stream = new TrickleStream(bytes);

        var digest = await DistributionHasher.Sha256Async(stream);

        Assert.Equal(SHA256.HashData(bytes), digest);
    }

    [Fact]
    public async Task Sha256Async_File_EqualsTheOneShotHash()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = new byte[(20 * DistributionHasher.BlockSize) + 5];
            new Random(7).NextBytes(bytes);
            await File.WriteAllBytesAsync(path, bytes);

            Assert.Equal(SHA256.HashData(bytes), await DistributionHasher.Sha256Async(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Sha256Async_MissingFile_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trustcheck-missing-{Guid.NewGuid():N}.whl");

        await Assert.ThrowsAsync<FileNotFoundException>(() => DistributionHasher.Sha256Async(path));
    }

    [Fact]
    public async Task Sha256Async_ReadFailure_SurfacesTheSourceException()
    {
        using var stream = new FailingStream(new byte[10 * DistributionHasher.BlockSize], failOnRead: 3);

        var error = await Assert.ThrowsAsync<IOException>(() => DistributionHasher.Sha256Async(stream));

        Assert.Equal("disk went away", error.Message);
    }

    [Fact]
    public async Task Sha256Async_CancelledWhileReading_StopsWithCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        using var stream = new CancellingStream(new byte[100 * DistributionHasher.BlockSize], cancellation, cancelOnRead: 5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DistributionHasher.Sha256Async(stream, cancellation.Token));

        Assert.True(stream.Reads < 100, $"the reader kept going after cancellation ({stream.Reads} reads)");
    }

    [Fact]
    public async Task Sha256Async_AlreadyCancelled_DoesNotRead()
    {
        using var stream = new CancellingStream(new byte[16], new CancellationTokenSource(), cancelOnRead: int.MaxValue);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DistributionHasher.Sha256Async(stream, new CancellationToken(canceled: true)));

        Assert.Equal(0, stream.Reads);
    }

    /// <summary>A stream that returns short reads, as pipes and network streams do.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7919)]);
    }

    private sealed class FailingStream(byte[] bytes, int failOnRead) : MemoryStream(bytes)
    {
        private int _reads;

        public override int Read(Span<byte> buffer) =>
            ++_reads == failOnRead ? throw new IOException("disk went away") : base.Read(buffer);
    }

    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource cancellation, int cancelOnRead) : MemoryStream(bytes)
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override int Read(Span<byte> buffer)
        {
            if (Interlocked.Increment(ref _reads) == cancelOnRead)
            {
                cancellation.Cancel();
            }

            return base.Read(buffer);
        }
    }
}

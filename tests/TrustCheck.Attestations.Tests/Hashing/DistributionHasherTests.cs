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
            var bytes = new byte[(2 * DistributionHasher.BlockSize) + 5];
            new Random(7).NextBytes(bytes);
            await File.WriteAllBytesAsync(path, bytes);

            Assert.Equal(SHA256.HashData(bytes), await DistributionHasher.Sha256Async(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A stream that returns short reads, as pipes and network streams do.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7919)], cancellationToken);
    }
}

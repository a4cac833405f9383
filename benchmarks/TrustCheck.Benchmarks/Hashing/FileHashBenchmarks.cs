using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;

namespace TrustCheck.Benchmarks.Hashing;

/// <summary>
/// SHA-256 of a 256 MB distribution streamed from disk in constant memory, the way `verify` hashes a
/// local file. Compare with `openssl speed -evp sha256 -bytes 16384` on the same machine.
/// </summary>
[MemoryDiagnoser]
public class FileHashBenchmarks
{
    private const int Size = 256 * 1024 * 1024;
    private string _path = string.Empty;
    private byte[]? _memory;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "trustcheck-bench-256mb.bin");
        if (!File.Exists(_path) || new FileInfo(_path).Length != Size)
        {
            var buffer = new byte[1 << 20];
            new Random(740).NextBytes(buffer);
            using var stream = File.Create(_path);
            for (var written = 0; written < Size; written += buffer.Length)
            {
                stream.Write(buffer);
            }
        }
    }

    /// <summary>The ceiling: the same bytes already in memory, hashed in 16 KB blocks as openssl speed does.</summary>
    [Benchmark]
    public byte[] InMemorySha256Ceiling()
    {
        _memory ??= File.ReadAllBytes(_path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var offset = 0; offset < _memory.Length; offset += 16 * 1024)
        {
            hash.AppendData(_memory, offset, 16 * 1024);
        }

        return hash.GetHashAndReset();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public byte[] StreamedSha256()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> OverlappedSha256() => TrustCheck.Attestations.Hashing.DistributionHasher.Sha256Async(_path);

    [Benchmark]
    public async Task<byte[]> StreamedSha256Async()
    {
        var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await SHA256.HashDataAsync(stream).ConfigureAwait(false);
        }
    }
}

using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Benchmarks.Attestations;

namespace TrustCheck.Benchmarks.Transparency;

/// <summary>
/// The RFC 6962 inclusion proof of the real attestation's Rekor entry, against its floor: the same SHA-256 work with
/// nothing around it (one leaf hash over the entry body, one 65-byte node hash per audit-path step).
/// </summary>
[MemoryDiagnoser]
public class MerkleProofBenchmarks
{
    private TransparencyLogEntry _entry = null!;
    private byte[] _body = [];
    private readonly byte[] _node = new byte[65];
    private byte[] _leafInput = [];
    private int _pathLength;

    [GlobalSetup]
    public void Setup()
    {
        _ = Pep740Attestation.TryToBundle(RealAttestation.Attestation(), out var bundle);
        _entry = bundle!.TransparencyLogEntries[0];
        _body = _entry.CanonicalizedBody.ToArray();
        _leafInput = [0x00, .. _body];
        _pathLength = _entry.InclusionProof!.Hashes.Count;
        if (!InclusionProof())
        {
            throw new InvalidOperationException("The real inclusion proof must verify.");
        }
    }

    /// <summary>The floor: SHA-256 of 0x00 ‖ body, then one SHA-256 of a 65-byte node per audit-path hash.</summary>
    [Benchmark(Baseline = true)]
    public byte Sha256Floor()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_leafInput, hash);
        for (var i = 0; i < _pathLength; i++)
        {
            hash.CopyTo(_node.AsSpan(1));
            SHA256.HashData(_node, hash);
        }

        return hash[0];
    }

    [Benchmark]
    public bool InclusionProof() => _entry.InclusionProof!.Verify(_body) is null;
}

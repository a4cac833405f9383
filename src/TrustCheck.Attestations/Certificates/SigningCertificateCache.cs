using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// The signing certificates one verifier has decoded, keyed by their exact DER bytes (never by a hash, a name or a
/// serial), so the files of a release signed with one certificate decode it, and verify its issuer signature and
/// SCTs, once. Bounded: when full it starts over. Entries are never disposed here (another verification may be using
/// one); their handles are released when they are collected.
/// </summary>
internal sealed class SigningCertificateCache
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<byte[], SigningCertificate> _entries = new(DerComparer.Instance);

    /// <summary>The decoded certificate for these bytes, from the cache or decoded now; null with a reason when malformed.</summary>
    public string? GetOrLoad(ReadOnlySpan<byte> der, out SigningCertificate? signing)
    {
        if (_entries.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(der, out signing))
        {
            return null;
        }

        var failure = SigningCertificate.TryLoad(der, out signing);
        if (failure is not null)
        {
            return failure;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        // The key is the entry's own copy of the bytes, so nobody can change it after the fact.
        var loaded = signing!;
        signing = _entries.GetOrAdd(loaded.Der, loaded);
        if (!ReferenceEquals(signing, loaded))
        {
            loaded.Dispose();
        }

        return null;
    }

    /// <summary>Forgets every certificate (for benchmarks of a release's first attestation).</summary>
    public void Clear() => _entries.Clear();

    private sealed class DerComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static DerComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode([DisallowNull] byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = default(HashCode);
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}

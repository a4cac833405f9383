namespace TrustCheck.Caching;

/// <summary>One decoded entry of the file store.</summary>
/// <param name="Payload">The cached value.</param>
/// <param name="Expiration">When the entry stops being served.</param>
/// <param name="Checksum">The SHA-256 checksum that ends the entry's file; it identifies this version of the entry.</param>
internal sealed record CacheEntry(byte[] Payload, EntryExpiration Expiration, byte[] Checksum);

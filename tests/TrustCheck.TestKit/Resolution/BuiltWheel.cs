using System.Security.Cryptography;

namespace TrustCheck.TestKit.Resolution;

/// <summary>A wheel built in memory by <see cref="WheelFactory"/>, with its core metadata as a separate file (PEP 658).</summary>
/// <param name="Filename">The wheel's file name, <c>{name}-{version}-py3-none-any.whl</c> (name with underscores).</param>
/// <param name="Content">The wheel's bytes.</param>
/// <param name="Metadata">The bytes of its <c>.dist-info/METADATA</c>, identical to the member in the archive.</param>
public sealed record BuiltWheel(string Filename, byte[] Content, byte[] Metadata)
{
    /// <summary>The lowercase hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>The lowercase hex SHA-256 of <see cref="Metadata"/>, as <c>core-metadata</c> advertises it.</summary>
    public string MetadataSha256 => Convert.ToHexStringLower(SHA256.HashData(Metadata));
}

using System.Security.Cryptography;

namespace TrustCheck.Artifacts.Surface;

/// <summary>One element of a release's execution surface.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Key">What identifies it across releases (a module path without the version folder, an entry point's group and name).</param>
/// <param name="Member">The archive member it was found in.</param>
/// <param name="Detail">What a reader needs to judge it (the executing line, the entry point target, the binary format).</param>
public sealed record SurfaceItem(SurfaceKind Kind, string Key, string Member, string Detail)
{
    /// <summary>For an entry point: whether its command name shadows a common command of another project.</summary>
    public bool ShadowsCommand { get; init; }

    /// <summary>What it is, compared with the baseline's item of the same key: changed content is new content.</summary>
    public string Digest { get; init; } = string.Empty;

    /// <summary>The SHA-256 of bytes, hex.</summary>
    /// <param name="content">The bytes.</param>
    public static string DigestOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

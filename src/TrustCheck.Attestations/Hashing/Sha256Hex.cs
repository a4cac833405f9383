using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Attestations.Hashing;

/// <summary>
/// A SHA-256 digest written as hex, as indexes publish it and users type it: exactly 64 hex digits, either case
/// (normalised to lower case, the form digests are compared in).
/// </summary>
public static class Sha256Hex
{
    /// <summary>The number of hex digits in a SHA-256 digest.</summary>
    public const int Length = 64;

    /// <summary>Reads a hex SHA-256 digest.</summary>
    /// <param name="text">The text.</param>
    /// <param name="lowerHex">The digest in lower-case hex, when <paramref name="text"/> is one.</param>
    /// <returns>True when the text is exactly 64 hex digits.</returns>
    public static bool TryNormalize([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? lowerHex)
    {
        lowerHex = null;
        if (text is not { Length: Length } || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        lowerHex = text.ToLowerInvariant();
        return true;
    }

    /// <summary>Reads a hex SHA-256 digest into its 32 bytes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="digest">The digest, when <paramref name="text"/> is 64 hex digits.</param>
    /// <returns>True when the text is exactly 64 hex digits.</returns>
    public static bool TryDecode([NotNullWhen(true)] string? text, [NotNullWhen(true)] out byte[]? digest)
    {
        digest = TryNormalize(text, out var hex) ? Convert.FromHexString(hex) : null;
        return digest is not null;
    }
}

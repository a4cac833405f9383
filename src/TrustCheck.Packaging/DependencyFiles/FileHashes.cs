using System.Buffers;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Reads recorded digests: <c>ALGORITHM:HEX</c> strings and <c>{ALGORITHM = HEX}</c> tables.</summary>
internal static class FileHashes
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Parses <c>sha256:…</c> from a lock file.</summary>
    public static RecordedHash Parse(string text, TomlNode node, string? filename)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw node.Error($"hash '{text}' is not of the form ALGORITHM:HEX");
        }

        return Create(text[..colon], text[(colon + 1)..], node, filename);
    }

    /// <summary>A digest with its algorithm, both normalized to lower case; a digest that is not hexadecimal is an error.</summary>
    public static RecordedHash Create(string algorithm, string digest, TomlNode node, string? filename) =>
        IsHex(digest) && algorithm.Length > 0
            ? new RecordedHash(algorithm.ToLowerInvariant(), digest.ToLowerInvariant(), filename)
            : throw node.Error($"the {algorithm} digest '{digest}' is not hexadecimal");

    /// <summary>True for a non-empty string of hexadecimal digits.</summary>
    public static bool IsHex(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExcept(Hex);

    /// <summary>The last segment of a URL or path, percent-decoded: the distribution file name it points at.</summary>
    public static string? LastSegment(string? urlOrPath)
    {
        if (string.IsNullOrEmpty(urlOrPath))
        {
            return null;
        }

        var end = urlOrPath.IndexOfAny(['?', '#']);
        var path = end >= 0 ? urlOrPath[..end] : urlOrPath;
        var slash = path.LastIndexOfAny(['/', '\\']);
        var segment = slash >= 0 ? path[(slash + 1)..] : path;
        return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
    }
}

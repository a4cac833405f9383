namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>A request path split on <c>/</c>, with whether it ended in a slash.</summary>
internal sealed class PathSegments
{
    private PathSegments(IReadOnlyList<string> segments, bool trailingSlash)
    {
        Segments = segments;
        TrailingSlash = trailingSlash;
    }

    /// <summary>The non-empty segments after the leading slash (an empty segment inside the path is kept).</summary>
    public IReadOnlyList<string> Segments { get; }

    public bool TrailingSlash { get; }

    public int Count => Segments.Count;

    public string this[int index] => Segments[index];

    public static PathSegments Parse(string path)
    {
        var trimmed = path.TrimStart('/');
        var trailing = trimmed.EndsWith('/');
        if (trailing)
        {
            trimmed = trimmed[..^1];
        }

        return new PathSegments(trimmed.Length == 0 ? [] : trimmed.Split('/'), trailing);
    }

    /// <summary>The segments after the first <paramref name="count"/>.</summary>
    public PathSegments Skip(int count) => new([.. Segments.Skip(count)], TrailingSlash);

    /// <summary>True when the path is exactly these segments (any trailing slash allowed).</summary>
    public bool Is(params ReadOnlySpan<string> expected)
    {
        if (expected.Length != Segments.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!string.Equals(expected[i], Segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

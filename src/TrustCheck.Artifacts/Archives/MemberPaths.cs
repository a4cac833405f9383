namespace TrustCheck.Artifacts.Archives;

/// <summary>Whether a member path stays inside the archive (relative, no <c>..</c> segment, no drive letter), and where it lands.</summary>
internal static class MemberPaths
{
    /// <summary>Why the path is unsafe, or null.</summary>
    public static string? Problem(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith('/'))
        {
            return "an absolute path";
        }

        if (normalized.Length >= 2 && char.IsAsciiLetter(normalized[0]) && normalized[1] == ':')
        {
            return "a drive-letter path";
        }

        return normalized.Split('/').Any(segment => segment == "..") ? "a path that climbs out with '..'" : null;
    }

    /// <summary>
    /// The path where extraction writes the member: <c>/</c> separators, empty and <c>.</c> segments dropped
    /// (<c>pkg/./setup.py</c> and <c>pkg//setup.py</c> are <c>pkg/setup.py</c>). Duplicates are compared on it.
    /// </summary>
    public static string Key(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Where(segment => segment.Length > 0 && segment != "."));
}

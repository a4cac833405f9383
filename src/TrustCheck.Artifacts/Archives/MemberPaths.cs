namespace TrustCheck.Artifacts.Archives;

/// <summary>Whether a member path stays inside the archive: relative, no <c>..</c> segment, no drive letter, valid UTF-8.</summary>
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

    /// <summary>The path as compared for duplicates: <c>/</c> separators, no leading <c>./</c>.</summary>
    public static string Key(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }
}

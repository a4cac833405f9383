using TrustCheck.Configuration;

namespace TrustCheck;

/// <summary>
/// Where TrustCheck keeps files. Validated when the container is built (<see cref="TrustCheckPathsValidator"/>): a
/// directory, when set, must be a usable path.
/// </summary>
public sealed class TrustCheckPaths
{
    /// <summary>The cache directory (the file cache and TUF metadata); null keeps everything in memory.</summary>
    [DirectoryPath]
    public string? CacheDirectory { get; set; } = DefaultCacheDirectory();

    /// <summary>
    /// The state directory (ownership snapshots that drift checks compare against); null keeps state in memory.
    /// Unlike the cache, clearing it loses history.
    /// </summary>
    [DirectoryPath]
    public string? StateDirectory { get; set; } = DefaultStateDirectory();

    /// <summary><c>TRUSTCHECK_STATE_DIR</c>, else <c>$XDG_STATE_HOME/trustcheck</c>, else <c>~/.local/state/trustcheck</c>.</summary>
    /// <returns>The directory.</returns>
    public static string DefaultStateDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TRUSTCHECK_STATE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state") : xdg;
        return Path.Combine(root, "trustcheck");
    }

    /// <summary>
    /// <c>TRUSTCHECK_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/trustcheck</c>, else <c>~/.cache/trustcheck</c>.
    /// </summary>
    /// <returns>The directory.</returns>
    public static string DefaultCacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TRUSTCHECK_CACHE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "trustcheck");
    }
}

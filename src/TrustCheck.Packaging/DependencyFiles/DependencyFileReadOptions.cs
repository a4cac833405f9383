namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Settings for reading dependency files.</summary>
public sealed class DependencyFileReadOptions
{
    /// <summary>The default for <see cref="MaxFileBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    /// <summary>The default for <see cref="MaxIncludeDepth"/>.</summary>
    public const int DefaultMaxIncludeDepth = 32;

    /// <summary>Shared defaults.</summary>
    internal static DependencyFileReadOptions Default { get; } = new();

    /// <summary>
    /// Looks up environment variables for <c>${NAME}</c> in requirements files (default:
    /// <see cref="Environment.GetEnvironmentVariable(string)"/>). An unset or empty variable leaves the text as is, as pip does.
    /// </summary>
    public Func<string, string?> EnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>How deep <c>-r</c>/<c>-c</c> includes may nest below the file being read (default 32).</summary>
    public int MaxIncludeDepth { get; init; } = DefaultMaxIncludeDepth;

    /// <summary>The largest file, in bytes, that is read (default 16 MiB); each included file is held to it too.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}

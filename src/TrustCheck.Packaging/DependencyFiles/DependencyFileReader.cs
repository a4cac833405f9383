using System.Text.RegularExpressions;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads any supported dependency file, choosing the reader by file name: <see cref="RequirementsFileReader"/>,
/// <see cref="PylockFileReader"/>, <see cref="UvLockFileReader"/>, <see cref="PoetryLockFileReader"/> or
/// <see cref="PyprojectFileReader"/>.
/// </summary>
public static partial class DependencyFileReader
{
    private const string AcceptedNames =
        "pylock.toml or pylock.NAME.toml (PEP 751), uv.lock, poetry.lock, pyproject.toml, or a requirements file ending in .txt or .in";

    /// <summary>
    /// The format of a file, by its name: <c>pylock.toml</c> and <c>pylock.NAME.toml</c> (PEP 751 naming) are
    /// <see cref="DependencyFileFormat.Pylock"/>; <c>uv.lock</c>, <c>poetry.lock</c> and <c>pyproject.toml</c> are
    /// theirs; any other name ending in <c>.txt</c> or <c>.in</c> is <see cref="DependencyFileFormat.Requirements"/>.
    /// </summary>
    /// <param name="path">The file path (only its name is looked at).</param>
    /// <exception cref="DependencyFileException">The name is none of these; the message lists the accepted names.</exception>
    public static DependencyFileFormat DetectFormat(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        if (PylockName().IsMatch(name))
        {
            return DependencyFileFormat.Pylock;
        }

        if (string.Equals(name, "uv.lock", StringComparison.OrdinalIgnoreCase))
        {
            return DependencyFileFormat.UvLock;
        }

        if (string.Equals(name, "poetry.lock", StringComparison.OrdinalIgnoreCase))
        {
            return DependencyFileFormat.PoetryLock;
        }

        if (string.Equals(name, "pyproject.toml", StringComparison.OrdinalIgnoreCase))
        {
            return DependencyFileFormat.Pyproject;
        }

        if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".in", StringComparison.OrdinalIgnoreCase))
        {
            return DependencyFileFormat.Requirements;
        }

        throw new DependencyFileException(
            SafeFullPath(path), null, $"'{name}' is not a dependency file name this reader knows; accepted names are {AcceptedNames}");
    }

    /// <summary>Detects the format of a file and reads it with that format's reader.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits and the environment for <c>${VAR}</c> in requirements files; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What the file declares.</returns>
    /// <exception cref="DependencyFileException">The name is not recognized, the file cannot be read, or it is
    /// invalid; the error names the file and, where there is one, the line.</exception>
    public static async Task<DependencyFileContents> ReadAsync(string path, DependencyFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var read = DetectFormat(path) switch
        {
            DependencyFileFormat.Requirements => RequirementsFileReader.ReadAsync(path, options, cancellationToken),
            DependencyFileFormat.Pylock => PylockFileReader.ReadAsync(path, options, cancellationToken),
            DependencyFileFormat.UvLock => UvLockFileReader.ReadAsync(path, options, cancellationToken),
            DependencyFileFormat.PoetryLock => PoetryLockFileReader.ReadAsync(path, options, cancellationToken),
            _ => PyprojectFileReader.ReadAsync(path, options, cancellationToken),
        };
        return await read.ConfigureAwait(false);
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            return path;
        }
    }

    /// <summary>PEP 751: <c>pylock.toml</c>, or <c>pylock.NAME.toml</c> with a name without dots.</summary>
    [GeneratedRegex(@"^pylock\.([^.]+\.)?toml$", RegexOptions.CultureInvariant)]
    private static partial Regex PylockName();
}

using System.Text.Json;

namespace TrustCheck.TestKit;

/// <summary>
/// Finds the shared reference data (<c>../shared</c> beside the repository, or <c>TRUSTCHECK_SHARED</c>) and reads it
/// in place. Tests never copy it; when it is missing every test that needs it fails with the reason.
/// </summary>
public static class SharedData
{
    /// <summary>The environment variable that overrides where the shared folder is.</summary>
    public const string EnvironmentVariable = "TRUSTCHECK_SHARED";

    private static readonly Lazy<string> LazyRoot = new(() => Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory));

    /// <summary>The absolute path of the shared folder.</summary>
    /// <exception cref="SharedDataMissingException">The folder cannot be found.</exception>
    public static string Root => LazyRoot.Value;

    /// <summary>The absolute path of a file or folder under the shared folder; it must exist.</summary>
    /// <param name="relativePath">A path relative to the shared folder, with <c>/</c> separators.</param>
    public static string PathOf(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new SharedDataMissingException($"The shared data file '{relativePath}' does not exist under '{Root}'.");
        }

        return full;
    }

    /// <summary>Parses a JSON file under the shared folder.</summary>
    /// <param name="relativePath">A path relative to the shared folder.</param>
    public static JsonDocument ReadJson(string relativePath)
    {
        using var stream = File.OpenRead(PathOf(relativePath));
        return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false });
    }

    /// <summary>
    /// Resolves the shared folder: the override when given (it must exist), otherwise the <c>shared</c> folder beside
    /// the first ancestor of <paramref name="startDirectory"/> that holds <c>TrustCheck.sln</c>.
    /// </summary>
    /// <param name="overridePath">The value of <see cref="EnvironmentVariable"/>, or null.</param>
    /// <param name="startDirectory">Where to start looking for the repository root.</param>
    /// <exception cref="SharedDataMissingException">No shared folder was found.</exception>
    public static string Locate(string? overridePath, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            var full = Path.GetFullPath(overridePath);
            return Directory.Exists(full)
                ? full
                : throw new SharedDataMissingException($"{EnvironmentVariable} is set to '{overridePath}', but that folder does not exist.");
        }

        if (RepositoryRoot.Find(startDirectory) is { } repository)
        {
            var shared = Path.GetFullPath(Path.Combine(repository, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new SharedDataMissingException(
                    $"The shared reference data was not found at '{shared}' (beside the repository '{repository}'). " +
                    $"Place it there or set {EnvironmentVariable}.");
        }

        throw new SharedDataMissingException(
            $"No TrustCheck.sln above '{startDirectory}', so '../shared' cannot be located. Set {EnvironmentVariable}.");
    }
}

namespace TrustCheck.TestKit;

/// <summary>Finds the repository: the first folder at or above a start folder that holds <c>TrustCheck.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository folder above the test binaries.</summary>
    /// <exception cref="DirectoryNotFoundException">No ancestor holds <c>TrustCheck.sln</c>.</exception>
    public static string Current => Find(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException($"No TrustCheck.sln above '{AppContext.BaseDirectory}'.");

    /// <summary>The repository folder at or above <paramref name="startDirectory"/>, or null.</summary>
    /// <param name="startDirectory">Where to start looking.</param>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrustCheck.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

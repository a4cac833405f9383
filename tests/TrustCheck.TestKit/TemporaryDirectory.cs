namespace TrustCheck.TestKit;

/// <summary>A fresh, empty folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    /// <param name="prefix">The start of the folder's name, to tell tests' folders apart.</param>
    public TemporaryDirectory(string prefix = "trustcheck-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}

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

    /// <summary>Writes a file into the folder.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>Its absolute path.</returns>
    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

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

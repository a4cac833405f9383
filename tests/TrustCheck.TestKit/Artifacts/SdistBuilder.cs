using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace TrustCheck.TestKit.Artifacts;

/// <summary>Builds PEP 625 sdists (<c>name-version.tar.gz</c>, members under <c>name-version/</c>, a PKG-INFO) at test time.</summary>
public static class SdistBuilder
{
    /// <summary>The sdist's bytes.</summary>
    /// <param name="name">The project name (normalised with underscores in the folder name).</param>
    /// <param name="version">The version.</param>
    /// <param name="members">Members, relative to the <c>name-version/</c> folder.</param>
    /// <returns>A gzip-compressed tar.</returns>
    public static byte[] Build(string name, string version, params (string Path, string Content)[] members)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folder = $"{name.Replace('-', '_')}-{version}/";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            Write(writer, folder + "PKG-INFO", $"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n");
            foreach (var (path, content) in members)
            {
                Write(writer, folder + path, content);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(TarWriter writer, string path, string content) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
}

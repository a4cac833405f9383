using System.IO.Compression;

namespace TrustCheck.TestKit.Artifacts;

/// <summary>
/// Builds tampered copies of a real wheel at test time (never stored): each member can be kept, replaced or dropped,
/// and members can be added, without touching RECORD unless asked — the shapes a poisoned build produces.
/// </summary>
public static class WheelTampering
{
    /// <summary>A copy of the wheel with its members passed through <paramref name="edit"/> and <paramref name="added"/> appended.</summary>
    /// <param name="wheel">The real wheel's bytes.</param>
    /// <param name="edit">Given a member path and its bytes, the new bytes, or null to drop the member.</param>
    /// <param name="added">Members to add.</param>
    /// <returns>The tampered wheel's bytes.</returns>
    public static byte[] Rewrite(byte[] wheel, Func<string, byte[], byte[]?> edit, params (string Path, byte[] Content)[] added)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using var source = new ZipArchive(new MemoryStream(wheel), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                if (edit(entry.FullName, buffer.ToArray()) is { } content)
                {
                    Write(target, entry.FullName, content);
                }
            }

            foreach (var (path, content) in added)
            {
                Write(target, path, content);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive archive, string path, byte[] content)
    {
        using var stream = archive.CreateEntry(path).Open();
        stream.Write(content);
    }
}

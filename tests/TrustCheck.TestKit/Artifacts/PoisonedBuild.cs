using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace TrustCheck.TestKit.Artifacts;

/// <summary>
/// Builds, at test time, the wheel a hijacked build would publish: a real wheel with members rewritten or added and a
/// RECORD recomputed to match — integrity checks pass, only the contents tell. Never stored.
/// </summary>
public static class PoisonedBuild
{
    /// <summary>A copy of <paramref name="wheel"/> with <paramref name="edit"/> applied, <paramref name="added"/> appended and RECORD rewritten to match.</summary>
    /// <param name="wheel">The real wheel's bytes.</param>
    /// <param name="edit">Given a member path and its bytes, the new bytes, or null to drop the member.</param>
    /// <param name="added">Members to add.</param>
    /// <returns>The poisoned wheel's bytes.</returns>
    public static byte[] Wheel(byte[] wheel, Func<string, byte[], byte[]?> edit, params (string Path, byte[] Content)[] added)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (members, record) = Members(wheel);
        var kept = members.Select(m => (m.Path, Content: edit(m.Path, m.Content))).Where(m => m.Content is not null).Select(m => (m.Path, m.Content!)).ToList();
        kept.AddRange(added);
        return WithRecord(kept, record);
    }

    /// <summary>A copy of <paramref name="wheel"/> republished as another version: its .dist-info renamed, METADATA's Version rewritten, RECORD recomputed.</summary>
    /// <param name="wheel">The wheel's bytes.</param>
    /// <param name="fromVersion">Its version.</param>
    /// <param name="toVersion">The version to give it.</param>
    /// <returns>The renamed wheel's bytes.</returns>
    public static byte[] Renamed(byte[] wheel, string fromVersion, string toVersion)
    {
        var (members, record) = Members(wheel);
        string Rename(string path) => path.Replace($"-{fromVersion}.dist-info/", $"-{toVersion}.dist-info/", StringComparison.Ordinal);
        var renamed = members.Select(m => (Rename(m.Path), m.Path.EndsWith(".dist-info/METADATA", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(m.Content).Replace("Version: " + fromVersion + "\n", "Version: " + toVersion + "\n", StringComparison.Ordinal))
            : m.Content)).ToList();
        return WithRecord(renamed, Rename(record));
    }

    private static (List<(string Path, byte[] Content)> Members, string Record) Members(byte[] wheel)
    {
        var members = new List<(string Path, byte[] Content)>();
        string? record = null;
        using (var source = new ZipArchive(new MemoryStream(wheel), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                if (entry.FullName.EndsWith(".dist-info/RECORD", StringComparison.Ordinal))
                {
                    record = entry.FullName;
                    continue;
                }

                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                members.Add((entry.FullName, buffer.ToArray()));
            }
        }

        return (members, record ?? throw new ArgumentException("The wheel has no RECORD.", nameof(wheel)));
    }

    private static byte[] WithRecord(List<(string Path, byte[] Content)> members, string record)
    {
        var lines = new StringBuilder();
        foreach (var (path, content) in members)
        {
            lines.Append(path).Append(",sha256=").Append(Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_'))
                .Append(',').Append(content.Length).Append('\n');
        }

        lines.Append(record).Append(",,\n");
        members.Add((record, Encoding.UTF8.GetBytes(lines.ToString())));
        return Zip(members);
    }

    /// <summary>A zip of the members, in order.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The zip's bytes.</returns>
    public static byte[] Zip(IEnumerable<(string Path, byte[] Content)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in members)
            {
                using var stream = archive.CreateEntry(path).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>The bytes of one member of a real archive (a zip).</summary>
    /// <param name="wheel">The wheel's bytes.</param>
    /// <param name="path">The member path.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Member(byte[] wheel, string path)
    {
        using var source = new ZipArchive(new MemoryStream(wheel), ZipArchiveMode.Read);
        using var reader = (source.GetEntry(path) ?? throw new ArgumentException($"No member {path}.", nameof(path))).Open();
        using var buffer = new MemoryStream();
        reader.CopyTo(buffer);
        return buffer.ToArray();
    }
}

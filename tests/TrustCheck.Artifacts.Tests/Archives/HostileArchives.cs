using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace TrustCheck.Artifacts.Tests.Archives;

/// <summary>Hostile archives built at test time (never stored): traversal, links, duplicates, bombs, encryption, bad names.</summary>
internal static class HostileArchives
{
    public static byte[] Zip(params (string Name, byte[] Content)[] members) => Zip(Encoding.UTF8, members);

    public static byte[] Zip(Encoding names, params (string Name, byte[] Content)[] members)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: names))
        {
            foreach (var (name, content) in members)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip whose only member carries the "encrypted" flag in its local and central headers.</summary>
    public static byte[] EncryptedZip()
    {
        var bytes = Zip(("secret.py", "print('hidden')"u8.ToArray()));
        Flag(bytes, [0x50, 0x4B, 0x03, 0x04], 6);
        Flag(bytes, [0x50, 0x4B, 0x01, 0x02], 8);
        return bytes;
    }

    public static byte[] TarGz(Action<TarWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    public static void File(TarWriter writer, string name, string content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
        writer.WriteEntry(entry);
    }

    public static void Link(TarWriter writer, TarEntryType type, string name, string target) =>
        writer.WriteEntry(new PaxTarEntry(type, name) { LinkName = target });

    /// <summary>Rewrites the uncompressed size of the first member in its local and central headers.</summary>
    public static void DeclareSize(byte[] bytes, uint size)
    {
        var local = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), size);
        var central = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), size);
    }

    private static void Flag(byte[] bytes, byte[] signature, int offset)
    {
        var at = bytes.AsSpan().IndexOf(signature);
        bytes[at + offset] |= 1;
    }
}

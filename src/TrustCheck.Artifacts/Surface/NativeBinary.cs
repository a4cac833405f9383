using System.Buffers.Binary;

namespace TrustCheck.Artifacts.Surface;

/// <summary>Recognises native executables and libraries by their magic numbers, not by their names.</summary>
public static class NativeBinary
{
    /// <summary>The format of a native binary (<c>ELF</c>, <c>PE</c>, <c>Mach-O</c>), or null for anything else.</summary>
    /// <param name="content">The member's bytes.</param>
    public static string? FormatOf(ReadOnlySpan<byte> content)
    {
        if (content.Length < 8)
        {
            return null;
        }

        if (content[..4].SequenceEqual("\u007fELF"u8))
        {
            return "ELF";
        }

        if (content[0] == (byte)'M' && content[1] == (byte)'Z' && content.Length >= 0x40)
        {
            var header = BinaryPrimitives.ReadInt32LittleEndian(content[0x3C..]);
            return header > 0 && header <= content.Length - 4 && content.Slice(header, 4).SequenceEqual("PE\0\0"u8) ? "PE" : null;
        }

        var magic = BinaryPrimitives.ReadUInt32BigEndian(content);
        if (magic is 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE)
        {
            return "Mach-O";
        }

        // 0xCAFEBABE is also a Java class file, whose next word (its version) is at least 45; a fat Mach-O's is its arch count.
        return magic == 0xCAFEBABE && BinaryPrimitives.ReadUInt32BigEndian(content[4..]) is > 0 and < 45 ? "Mach-O" : null;
    }
}

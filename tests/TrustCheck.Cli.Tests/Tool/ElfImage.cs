using System.Buffers.Binary;
using System.Text;

namespace TrustCheck.Cli.Tests.Tool;

/// <summary>
/// What the shipped Linux executable's ELF headers say about how it is loaded: its file type, the hardening segments
/// and flags the loader honours, and its section names. Reads 64-bit little-endian images only (what the tool ships).
/// </summary>
internal sealed class ElfImage
{
    /// <summary><c>ET_EXEC</c>: linked at a fixed address.</summary>
    public const ushort FixedAddressExecutable = 2;

    /// <summary><c>ET_DYN</c>: position-independent (a PIE or a shared library).</summary>
    public const ushort PositionIndependent = 3;

    private const uint ProgramHeaderRelro = 0x6474E552;
    private const uint ProgramHeaderStack = 0x6474E551;
    private const uint ProgramHeaderDynamic = 2;
    private const uint SegmentExecutable = 1;
    private const long DynamicFlags = 30;
    private const long BindNow = 0x8;

    private ElfImage(ushort fileType, bool hasRelro, bool stackExecutable, bool bindNow, IReadOnlyList<string> sections)
    {
        FileType = fileType;
        HasRelro = hasRelro;
        StackExecutable = stackExecutable;
        BindsNow = bindNow;
        Sections = sections;
    }

    /// <summary><c>e_type</c>.</summary>
    public ushort FileType { get; }

    /// <summary>A <c>PT_GNU_RELRO</c> segment: relocated data is made read-only after loading.</summary>
    public bool HasRelro { get; }

    /// <summary>The <c>PT_GNU_STACK</c> segment asks for an executable stack (or is missing, which means the same).</summary>
    public bool StackExecutable { get; }

    /// <summary><c>DT_FLAGS</c> has <c>DF_BIND_NOW</c>: every symbol is bound at load (with RELRO: full RELRO).</summary>
    public bool BindsNow { get; }

    /// <summary>The section names, in order.</summary>
    public IReadOnlyList<string> Sections { get; }

    public static ElfImage Read(string path)
    {
        var image = File.ReadAllBytes(path);
        var span = image.AsSpan();
        if (!span[..4].SequenceEqual("\u007FELF"u8) || span[4] != 2 || span[5] != 1)
        {
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF image.");
        }

        var fileType = BinaryPrimitives.ReadUInt16LittleEndian(span[16..]);
        var programHeaders = (int)BinaryPrimitives.ReadUInt64LittleEndian(span[32..]);
        var sectionHeaders = (int)BinaryPrimitives.ReadUInt64LittleEndian(span[40..]);
        var programHeaderSize = BinaryPrimitives.ReadUInt16LittleEndian(span[54..]);
        var programHeaderCount = BinaryPrimitives.ReadUInt16LittleEndian(span[56..]);
        var sectionHeaderSize = BinaryPrimitives.ReadUInt16LittleEndian(span[58..]);
        var sectionHeaderCount = BinaryPrimitives.ReadUInt16LittleEndian(span[60..]);
        var sectionNameTable = BinaryPrimitives.ReadUInt16LittleEndian(span[62..]);

        bool relro = false, stackExecutable = true, bindNow = false;
        for (var i = 0; i < programHeaderCount; i++)
        {
            var header = span.Slice(programHeaders + (i * programHeaderSize), programHeaderSize);
            var type = BinaryPrimitives.ReadUInt32LittleEndian(header);
            var flags = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            relro |= type == ProgramHeaderRelro;
            if (type == ProgramHeaderStack)
            {
                stackExecutable = (flags & SegmentExecutable) != 0;
            }
            else if (type == ProgramHeaderDynamic)
            {
                bindNow = DynamicFlagsOf(span, header).Any(value => (value & BindNow) != 0);
            }
        }

        var names = SectionHeader(span, sectionHeaders, sectionHeaderSize, sectionNameTable);
        var nameTable = span.Slice((int)BinaryPrimitives.ReadUInt64LittleEndian(names[24..]), (int)BinaryPrimitives.ReadUInt64LittleEndian(names[32..]));
        var sections = new List<string>(sectionHeaderCount);
        for (var i = 0; i < sectionHeaderCount; i++)
        {
            var name = nameTable[(int)BinaryPrimitives.ReadUInt32LittleEndian(SectionHeader(span, sectionHeaders, sectionHeaderSize, i))..];
            sections.Add(Encoding.ASCII.GetString(name[..name.IndexOf((byte)0)]));
        }

        return new ElfImage(fileType, relro, stackExecutable, bindNow, sections);
    }

    private static ReadOnlySpan<byte> SectionHeader(ReadOnlySpan<byte> image, int table, int size, int index) => image.Slice(table + (index * size), size);

    // The dynamic segment's DT_FLAGS values: 16-byte entries (tag, value) up to DT_NULL.
    private static List<long> DynamicFlagsOf(ReadOnlySpan<byte> image, ReadOnlySpan<byte> programHeader)
    {
        var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(programHeader[8..]);
        var size = (int)BinaryPrimitives.ReadUInt64LittleEndian(programHeader[32..]);
        var flags = new List<long>();
        for (var entry = image.Slice(offset, size); entry.Length >= 16; entry = entry[16..])
        {
            var tag = BinaryPrimitives.ReadInt64LittleEndian(entry);
            if (tag == 0)
            {
                break;
            }

            if (tag == DynamicFlags)
            {
                flags.Add(BinaryPrimitives.ReadInt64LittleEndian(entry[8..]));
            }
        }

        return flags;
    }
}

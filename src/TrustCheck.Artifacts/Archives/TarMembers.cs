using System.Formats.Tar;
using System.IO.Compression;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Archives;

/// <summary>Reads the members of a gzip-compressed tar (a PEP 625 sdist), streamed, into <see cref="ArchiveReadState"/>.</summary>
internal static class TarMembers
{
    public static void Read(Stream stream, ArchiveReadState state)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new TarReader(gzip, leaveOpen: true);
        while (reader.GetNextEntry(copyData: false) is { } entry)
        {
            if (!state.Admit())
            {
                return;
            }

            if (entry.EntryType is TarEntryType.Directory or TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
            {
                continue;
            }

            if (entry.EntryType is TarEntryType.SymbolicLink or TarEntryType.HardLink)
            {
                state.Add(ArchiveCodes.LinkMember, ArtifactSeverity.High, $"The member '{entry.Name}' is a {(entry.EntryType == TarEntryType.SymbolicLink ? "symbolic" : "hard")} link to '{entry.LinkName}': extracting it can write or read outside the target folder.", entry.Name,
                    new() { ["target"] = entry.LinkName });
                continue;
            }

            if (!state.AcceptPath(entry.Name))
            {
                continue;
            }

            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
            {
                // Python's tarfile extracts an unknown type flag as a regular file: its data is read and checked like one.
                state.Add(ArchiveCodes.SpecialMember, ArtifactSeverity.High, $"The member '{entry.Name}' is a tar entry of type {entry.EntryType}: installers that extract it may write a device, a FIFO or a plain file.", entry.Name,
                    new() { ["type"] = entry.EntryType.ToString() });
                if (entry.EntryType is TarEntryType.CharacterDevice or TarEntryType.BlockDevice or TarEntryType.Fifo || entry.DataStream is null)
                {
                    continue;
                }
            }

            if (entry.Length > state.Limits.MaxMemberBytes)
            {
                state.Add(ArchiveCodes.TooLarge, ArtifactSeverity.High, $"The member '{entry.Name}' is {entry.Length} bytes, more than {state.Limits.MaxMemberBytes}; it was not read.", entry.Name,
                    new() { ["limit"] = ArchiveReadState.Text(state.Limits.MaxMemberBytes) });
                continue;
            }

            var content = entry.DataStream is null ? [] : BoundedRead.ReadAll(entry.DataStream, state.Limits.MaxMemberBytes);
            if (content is null)
            {
                state.Add(ArchiveCodes.TooLarge, ArtifactSeverity.High, $"The member '{entry.Name}' holds more than {state.Limits.MaxMemberBytes} bytes; it was not read.", entry.Name,
                    new() { ["limit"] = ArchiveReadState.Text(state.Limits.MaxMemberBytes) });
                continue;
            }

            if (!state.Keep(entry.Name, content))
            {
                return;
            }
        }
    }
}

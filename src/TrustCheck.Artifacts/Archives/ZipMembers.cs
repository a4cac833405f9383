using System.IO.Compression;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Archives;

/// <summary>Reads the members of a zip (a wheel or a legacy sdist) into <see cref="ArchiveReadState"/>.</summary>
internal static class ZipMembers
{
    public static void Read(Stream stream, ArchiveReadState state)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: new System.Text.UTF8Encoding(false, false));
        foreach (var entry in archive.Entries)
        {
            if (!state.Admit())
            {
                return;
            }

            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            if (!state.AcceptPath(entry.FullName))
            {
                continue;
            }

            if (entry.IsEncrypted)
            {
                state.Add(ArchiveCodes.EncryptedMember, ArtifactSeverity.High, $"The member '{entry.FullName}' is encrypted: its content cannot be checked.", entry.FullName);
                continue;
            }

            if (entry.CompressedLength > 0 && entry.Length > state.Limits.RatioThresholdBytes && (double)entry.Length / entry.CompressedLength > state.Limits.MaxCompressionRatio)
            {
                state.Add(ArchiveCodes.CompressionRatio, ArtifactSeverity.High, $"The member '{entry.FullName}' expands {entry.Length / entry.CompressedLength}× ({entry.CompressedLength} to {entry.Length} bytes): a zip bomb, not a file.", entry.FullName,
                    new() { ["compressed"] = ArchiveReadState.Text(entry.CompressedLength), ["uncompressed"] = ArchiveReadState.Text(entry.Length) });
                continue;
            }

            byte[]? content;
            using (var member = entry.Open())
            {
                content = BoundedRead.ReadDeclared(member, entry.Length, state.Limits.MaxMemberBytes);
            }

            if (content is null)
            {
                state.Add(ArchiveCodes.TooLarge, ArtifactSeverity.High, $"The member '{entry.FullName}' uncompresses to more than {state.Limits.MaxMemberBytes} bytes; it was not read.", entry.FullName,
                    new() { ["limit"] = ArchiveReadState.Text(state.Limits.MaxMemberBytes) });
                continue;
            }

            if (!state.Keep(entry.FullName, content))
            {
                return;
            }
        }
    }
}

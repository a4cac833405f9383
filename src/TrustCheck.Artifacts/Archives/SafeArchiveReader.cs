namespace TrustCheck.Artifacts.Archives;

/// <summary>
/// Reads a wheel or sdist without extracting it: every member is checked (path, links, duplicates, encryption, sizes,
/// compression ratio) and read into memory only within <see cref="ArchiveLimits"/>. A hostile or broken archive is
/// a set of findings, never an exception; what could be read safely is returned with them.
/// </summary>
public static class SafeArchiveReader
{
    /// <summary>The container a distribution file name implies: <c>.whl</c> and <c>.zip</c> are zips, <c>.tar.gz</c> a gzipped tar.</summary>
    /// <param name="filename">The file name.</param>
    /// <returns>The format, or null for any other name.</returns>
    public static ArchiveFormat? FormatOf(string filename)
    {
        ArgumentNullException.ThrowIfNull(filename);
        return filename.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || filename.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ArchiveFormat.Zip
            : filename.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) ? ArchiveFormat.TarGz
            : null;
    }

    /// <summary>Reads an archive.</summary>
    /// <param name="stream">The archive's bytes (a non-seekable stream is buffered up to <see cref="ArchiveLimits.MaxArchiveBytes"/> for a zip).</param>
    /// <param name="format">Its container format.</param>
    /// <param name="limits">The limits; <see cref="ArchiveLimits.Default"/> when null.</param>
    /// <returns>The members read and the findings.</returns>
    public static ArchiveContents Read(Stream stream, ArchiveFormat format, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var state = new ArchiveReadState(limits ?? ArchiveLimits.Default);
        try
        {
            if (format == ArchiveFormat.Zip)
            {
                if (stream.CanSeek)
                {
                    ZipMembers.Read(stream, state);
                }
                else if (BoundedRead.ReadAll(stream, state.Limits.MaxArchiveBytes) is { } copy)
                {
                    using var buffered = new MemoryStream(copy, writable: false);
                    ZipMembers.Read(buffered, state);
                }
                else
                {
                    state.Stop(ArchiveCodes.TooLarge, $"The archive is larger than {state.Limits.MaxArchiveBytes} bytes.", new() { ["limit"] = ArchiveReadState.Text(state.Limits.MaxArchiveBytes) });
                }
            }
            else
            {
                TarMembers.Read(stream, state);
            }
        }
        catch (Exception error) when (error is not (OperationCanceledException or OutOfMemoryException))
        {
            // Whatever the container library throws on hostile bytes (InvalidData, EndOfStream, Overflow, Format, …) is
            // the archive being unreadable, never an exception to the caller.
            state.Stop(ArchiveCodes.Unreadable, $"The archive cannot be read as a {(format == ArchiveFormat.Zip ? "zip" : "gzip-compressed tar")}: {error.Message}", new() { ["error"] = error.GetType().Name });
        }

        return state.Result();
    }
}

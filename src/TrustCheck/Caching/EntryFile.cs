using Microsoft.Win32.SafeHandles;

namespace TrustCheck.Caching;

/// <summary>
/// Reads and writes whole entry files. A write goes to a unique temporary file beside the entry, is flushed, and then
/// renamed over the entry, so a reader (in this process or another) sees the old bytes or the new, never a mix.
/// Readers open with delete sharing so that a rename or eviction never waits for them.
/// </summary>
internal static class EntryFile
{
    private const FileShare ReaderShare = FileShare.ReadWrite | FileShare.Delete;

    /// <summary>Reads a whole file, or returns null when it does not exist.</summary>
    /// <param name="path">The file.</param>
    public static byte[]? Read(string path)
    {
        using var handle = TryOpenForRead(path, FileOptions.None);
        if (handle is null)
        {
            return null;
        }

        var buffer = AllocateFor(handle);
        if (buffer is null)
        {
            return [];
        }

        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (n == 0)
            {
                return buffer[..read];
            }

            read += n;
        }

        return buffer;
    }

    /// <summary>Reads a whole file with asynchronous I/O, or returns null when it does not exist.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var handle = TryOpenForRead(path, FileOptions.Asynchronous);
        if (handle is null)
        {
            return null;
        }

        var buffer = AllocateFor(handle);
        if (buffer is null)
        {
            return [];
        }

        var read = 0;
        while (read < buffer.Length)
        {
            var n = await RandomAccess.ReadAsync(handle, buffer.AsMemory(read), read, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return buffer[..read];
            }

            read += n;
        }

        return buffer;
    }

    /// <summary>Reads the last <paramref name="count"/> bytes of a file, or returns null when it is missing or shorter.</summary>
    /// <param name="path">The file.</param>
    /// <param name="count">How many trailing bytes.</param>
    public static byte[]? ReadTail(string path, int count)
    {
        using var handle = TryOpenForRead(path, FileOptions.None);
        if (handle is null)
        {
            return null;
        }

        var length = RandomAccess.GetLength(handle);
        if (length < count)
        {
            return null;
        }

        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read), length - count + read);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return buffer;
    }

    /// <summary>Writes a file atomically: temporary file, flush, rename over the target.</summary>
    /// <param name="path">The target.</param>
    /// <param name="temporaryPath">A unique temporary file in the target's folder.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="lastWriteUtc">The modification time to give the file (the store's recency clock).</param>
    /// <param name="flushToDisk">Whether to flush to the device, not only to the operating system.</param>
    /// <param name="beforeReplace">Decides, just before the rename, whether the write goes ahead.</param>
    /// <returns>Whether the file was replaced.</returns>
    public static bool Write(string path, string temporaryPath, byte[] content, DateTime lastWriteUtc, bool flushToDisk, Func<bool>? beforeReplace = null)
    {
        try
        {
            using (var handle = CreateTemporary(temporaryPath, content.Length, FileOptions.None))
            {
                RandomAccess.Write(handle, content, 0);
                Finish(handle, lastWriteUtc, flushToDisk);
            }

            return Replace(path, temporaryPath, beforeReplace);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    /// <summary>Writes a file atomically with asynchronous I/O: temporary file, flush, rename over the target.</summary>
    /// <param name="path">The target.</param>
    /// <param name="temporaryPath">A unique temporary file in the target's folder.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="lastWriteUtc">The modification time to give the file (the store's recency clock).</param>
    /// <param name="flushToDisk">Whether to flush to the device, not only to the operating system.</param>
    /// <param name="beforeReplace">Decides, just before the rename, whether the write goes ahead.</param>
    /// <param name="cancellationToken">Cancels the write (before the rename only).</param>
    /// <returns>Whether the file was replaced.</returns>
    public static async Task<bool> WriteAsync(
        string path,
        string temporaryPath,
        byte[] content,
        DateTime lastWriteUtc,
        bool flushToDisk,
        Func<bool>? beforeReplace,
        CancellationToken cancellationToken)
    {
        try
        {
            using (var handle = CreateTemporary(temporaryPath, content.Length, FileOptions.Asynchronous))
            {
                await RandomAccess.WriteAsync(handle, content, 0, cancellationToken).ConfigureAwait(false);
                Finish(handle, lastWriteUtc, flushToDisk);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Replace(path, temporaryPath, beforeReplace);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    /// <summary>Sets a file's modification time, ignoring a file that has gone.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lastWriteUtc">The time.</param>
    public static void TryTouch(string path, DateTime lastWriteUtc)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, lastWriteUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Replaced or removed meanwhile: recency is a hint.
        }
    }

    /// <summary>Deletes a file, ignoring one that has gone or cannot be deleted now.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Whether the file is known to be gone.</returns>
    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The length of a file, or 0 when it does not exist.</summary>
    /// <param name="path">The file.</param>
    public static long LengthOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static SafeFileHandle? TryOpenForRead(string path, FileOptions options)
    {
        // Misses are the common case on a cold cache: answer them without an exception (the catch covers races).
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, ReaderShare, options);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    // An entry longer than an array can hold is not one of ours: read nothing, which decodes as corrupt.
    private static byte[]? AllocateFor(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        return length <= Array.MaxLength ? new byte[length] : null;
    }

    private static SafeFileHandle CreateTemporary(string temporaryPath, long size, FileOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temporaryPath)!);
        return File.OpenHandle(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, options, size);
    }

    private static void Finish(SafeFileHandle handle, DateTime lastWriteUtc, bool flushToDisk)
    {
        if (flushToDisk)
        {
            RandomAccess.FlushToDisk(handle);
        }

        File.SetLastWriteTimeUtc(handle, lastWriteUtc);
    }

    private static bool Replace(string path, string temporaryPath, Func<bool>? beforeReplace)
    {
        if (beforeReplace is not null && !beforeReplace())
        {
            TryDelete(temporaryPath);
            return false;
        }

        File.Move(temporaryPath, path, overwrite: true);
        return true;
    }
}

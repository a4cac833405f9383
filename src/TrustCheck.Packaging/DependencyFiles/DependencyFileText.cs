using System.Text;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Reads a dependency file as text: bounded in size, UTF-8 with or without a byte-order mark.</summary>
internal static class DependencyFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes a file.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="options">The size limit.</param>
    /// <param name="includedFrom">
    /// The line that includes the file, if any: a file that cannot be opened or is too large is then reported there,
    /// since that is the line a user must fix.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<string> ReadAsync(string path, DependencyFileReadOptions options, SourceLocation? includedFrom, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                if (stream.Length > options.MaxFileBytes)
                {
                    throw Unreadable(path, includedFrom, TooLarge(stream.Length, options.MaxFileBytes));
                }

                // The length is checked again while reading: a device or a growing file can hold more than it said.
                bytes = await ReadBoundedAsync(stream, options.MaxFileBytes, cancellationToken).ConfigureAwait(false)
                    ?? throw Unreadable(path, includedFrom, $"the file holds more than the limit of {options.MaxFileBytes} bytes (DependencyFileReadOptions.MaxFileBytes)");
            }
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Unreadable(path, includedFrom, "the file does not exist", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Unreadable(path, includedFrom, $"the file cannot be read ({error.Message})", error);
        }

        return Decode(path, bytes);
    }

    /// <summary>Decodes UTF-8, skipping a byte-order mark; invalid bytes are reported at their line.</summary>
    internal static string Decode(string path, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException error)
        {
            int? line = error.Index >= 0 ? 1 + bytes.AsSpan(start, Math.Min(error.Index, bytes.Length - start)).Count((byte)'\n') : null;
            throw new DependencyFileException(path, line, "the file is not valid UTF-8", error);
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooLarge(long length, long limit) =>
        $"the file is {length} bytes, over the limit of {limit} bytes (DependencyFileReadOptions.MaxFileBytes)";

    private static DependencyFileException Unreadable(string path, SourceLocation? includedFrom, string problem, Exception? cause = null) =>
        includedFrom is null
            ? new DependencyFileException(path, null, problem, cause)
            : new DependencyFileException(includedFrom.File, includedFrom.Line, $"cannot include '{path}': {problem}", cause);
}

namespace TrustCheck.LocalFiles;

/// <summary>
/// Reads a document from a local file the way a tool should read anything someone handed it: regular files only
/// (a FIFO, a device, a socket or a directory is refused before it is opened, so nothing hangs), never more than a
/// stated number of bytes (checked before reading and while reading, so a file that grows is caught too).
/// </summary>
public static class LocalDocument
{
    /// <summary>Reads a whole document.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted (see <see cref="DocumentLimits"/>).</param>
    /// <param name="description">What the document is, for messages (e.g. <c>provenance</c>, <c>trusted root</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LocalDocumentException">The path is not a regular file, is too large, or cannot be read.</exception>
    public static async Task<byte[]> ReadAsync(string path, long maxBytes, string description, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentException.ThrowIfNullOrEmpty(description);
        EnsureRegularFile(path, description);
        try
        {
            await using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.SequentialScan, BufferSize = 0 });
            if (!stream.CanSeek)
            {
                return await ReadRestAsync(stream, new MemoryStream(), maxBytes, () => TooLarge(path, description, maxBytes), cancellationToken).ConfigureAwait(false);
            }

            if (stream.Length > maxBytes)
            {
                throw TooLarge(path, description, maxBytes);
            }

            // Straight into an array of the size the file says it has, not into a buffer and then its copy: fresh
            // memory is what a short run pays for (page faults), and a popular list given as a file is 0.8 MB.
            var bytes = new byte[stream.Length];
            var filled = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (filled < bytes.Length)
            {
                return bytes[..filled]; // it shrank since
            }

            // It grew since, or says less than it holds (procfs): the rest is read, to the same limit.
            var next = new byte[1];
            if (await stream.ReadAsync(next, cancellationToken).ConfigureAwait(false) == 0)
            {
                return bytes;
            }

            var buffer = new MemoryStream();
            buffer.Write(bytes);
            buffer.Write(next);
            return await ReadRestAsync(stream, buffer, maxBytes, () => TooLarge(path, description, maxBytes), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException and not FileNotFoundException or UnauthorizedAccessException)
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' cannot be read: {error.Message}", error);
        }
    }

    /// <summary>
    /// Reads a whole JSON document: as <see cref="ReadAsync"/>, and the bytes must be UTF-8 (strings included: JSON
    /// readers otherwise fail late, deep inside whatever reads a string) holding one well-formed JSON value no deeper
    /// than 64 levels.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="description">What the document is, for messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LocalDocumentException">The path is not a regular file, is too large, cannot be read, or is not UTF-8 JSON.</exception>
    public static async Task<byte[]> ReadJsonAsync(string path, long maxBytes, string description, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAsync(path, maxBytes, description, cancellationToken).ConfigureAwait(false);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' is not UTF-8 text.");
        }

        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(bytes, new System.Text.Json.JsonReaderOptions { MaxDepth = 64 });
            while (reader.Read())
            {
            }
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' is not JSON: {error.Message}", error);
        }

        return bytes;
    }

    /// <summary>Checks, without opening it, that a path is an existing regular file (symbolic links followed).</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, for messages.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LocalDocumentException">The path is a directory, a pipe, a device or a socket.</exception>
    public static void EnsureRegularFile(string path, string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(description);
        if (Directory.Exists(path))
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {description} '{path}' does not exist.", path);
        }

        if (FileTypeProbe.IsRegularFile(path) == false)
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' is not a regular file (a pipe, device or socket); only regular files are read.");
        }
    }

    /// <summary>The SHA-256 of a local file (a distribution or an artifact), streamed in constant memory.</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, for messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The digest in lower-case hex.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LocalDocumentException">The path is not a regular file, or cannot be read.</exception>
    public static async Task<string> Sha256HexAsync(string path, string description, CancellationToken cancellationToken = default)
    {
        EnsureRegularFile(path, description);
        try
        {
            return Convert.ToHexStringLower(await Attestations.Hashing.DistributionHasher.Sha256Async(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is IOException and not FileNotFoundException or UnauthorizedAccessException)
        {
            throw new LocalDocumentException(path, $"The {description} '{path}' cannot be read: {error.Message}", error);
        }
    }

    // Reads to the end after what the buffer already holds, never past the limit (checked before each write).
    private static async Task<byte[]> ReadRestAsync(Stream stream, MemoryStream buffer, long maxBytes, Func<LocalDocumentException> tooLarge, CancellationToken cancellationToken)
    {
        using (buffer)
        {
            if (buffer.Length > maxBytes)
            {
                throw tooLarge();
            }

            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw tooLarge();
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static LocalDocumentException TooLarge(string path, string description, long maxBytes) =>
        new(path, $"The {description} '{path}' is larger than the {maxBytes:N0} bytes accepted.");
}

namespace TrustCheck.Artifacts.Archives;

/// <summary>Reads a member's stream to its end, never more than a limit, whatever the archive declares.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// The bytes of a stream whose length is declared (a zip member's): read into an array of that size, and null when
    /// the stream holds more than the declaration or <paramref name="limit"/> — the declaration is never trusted.
    /// </summary>
    public static byte[]? ReadDeclared(Stream stream, long declared, long limit)
    {
        if (declared < 0 || declared > limit)
        {
            return declared > limit ? null : ReadAll(stream, limit);
        }

        var content = new byte[declared];
        var filled = 0;
        int read;
        while (filled < content.Length && (read = stream.Read(content, filled, content.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled < content.Length)
        {
            return content[..filled];
        }

        var probe = new byte[1];
        return stream.Read(probe, 0, 1) == 0 ? content : ReadAllAfter(content, probe[0], stream, limit);
    }

    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The member holds more than it declared: keep reading, within the limit, so what is analysed is what it holds.
    private static byte[]? ReadAllAfter(byte[] start, byte next, Stream stream, long limit)
    {
        var rest = start.Length + 1 > limit ? null : ReadAll(stream, limit - start.Length - 1);
        return rest is null ? null : [.. start, next, .. rest];
    }
}

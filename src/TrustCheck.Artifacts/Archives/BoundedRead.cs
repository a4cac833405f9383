namespace TrustCheck.Artifacts.Archives;

/// <summary>Reads a member's stream to its end, never more than a limit, whatever the archive declares.</summary>
internal static class BoundedRead
{
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
}

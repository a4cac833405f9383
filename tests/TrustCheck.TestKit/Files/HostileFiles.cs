using System.Diagnostics;

namespace TrustCheck.TestKit.Files;

/// <summary>Files someone might hand a tool to make it hang or exhaust memory: FIFOs, devices, huge sparse files.</summary>
public static class HostileFiles
{
    /// <summary>A device that never ends when read.</summary>
    public const string EndlessDevice = "/dev/zero";

    /// <summary>Creates a FIFO (named pipe) with no writer: opening it for reading blocks until a writer appears.</summary>
    /// <param name="path">Where.</param>
    /// <returns>The path.</returns>
    public static string CreateFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false, RedirectStandardError = true })
            ?? throw new InvalidOperationException("mkfifo could not be started.");
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? path : throw new InvalidOperationException($"mkfifo failed: {mkfifo.StandardError.ReadToEnd()}");
    }

    /// <summary>Creates a sparse file of the given size (instant, no disk used).</summary>
    /// <param name="path">Where.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <returns>The path.</returns>
    public static string CreateSparse(string path, long length)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.SetLength(length);
        return path;
    }

    /// <summary>The document with the first occurrence of <paramref name="text"/> given an invalid UTF-8 byte in its middle.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="text">ASCII text inside a JSON string of the document (at least two characters).</param>
    /// <returns>A copy with one byte of that text replaced by 0xFF, which is never valid UTF-8.</returns>
    public static byte[] WithInvalidUtf8(byte[] utf8, string text)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var at = utf8.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(text));
        if (at < 0 || text.Length < 2)
        {
            throw new ArgumentException($"'{text}' is not in the document.", nameof(text));
        }

        var copy = (byte[])utf8.Clone();
        copy[at + (text.Length / 2)] = 0xFF;
        return copy;
    }
}

using System.Runtime.InteropServices;

namespace TrustCheck.LocalFiles;

/// <summary>
/// Tells a regular file from a FIFO, a device, a socket or a directory without opening it: opening a FIFO that has
/// no writer blocks forever, and a device such as <c>/dev/zero</c> never ends. .NET reports all of these as
/// "normal" files, so on Unix this asks the runtime's own <c>stat</c> (libSystem.Native, which ships with every .NET
/// runtime and normalises the file-type bits across Unix flavours).
/// </summary>
internal static partial class FileTypeProbe
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int ModeOffset = 4;

    /// <summary>Whether the path (symbolic links followed) is a regular file; null when that cannot be told.</summary>
    /// <param name="path">The path.</param>
    public static bool? IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows devices and pipes live under \\.\ and \\?\ namespaces or answer with the Device attribute.
            var full = Path.GetFullPath(path);
            return !full.StartsWith(@"\\.\", StringComparison.Ordinal) && !full.StartsWith(@"\\?\", StringComparison.Ordinal)
                && (File.GetAttributes(full) & (FileAttributes.Device | FileAttributes.Directory)) == 0;
        }

        // The runtime's FileStatus is larger than its first fields; a generous buffer keeps it safe across versions.
        var status = new byte[512];
        try
        {
            if (Stat(path, status) != 0)
            {
                return null;
            }
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) == RegularFile;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}

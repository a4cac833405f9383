using System.Text;

namespace TrustCheck.Reporting.Writers;

/// <summary>Writes a UTF-8 document (JSON, SARIF) to a text writer, ending with one line break.</summary>
internal static class Utf8Text
{
    public static async Task WriteAsync(TextWriter output, byte[] utf8, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Encoding.UTF8.GetString(utf8).TrimEnd().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
    }
}

using System.Globalization;
using System.Text;

namespace TrustCheck.Reporting.Writers;

/// <summary>
/// Text that came from an analysed file (member names, executed lines, entry points) made safe to print: control
/// characters, C1 controls and bidirectional controls are shown as escapes, so an archive cannot move the cursor,
/// clear a line or reorder what a reader sees.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
            }
            else if (c == '\n')
            {
                escaped.Append("\\n");
            }
            else
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

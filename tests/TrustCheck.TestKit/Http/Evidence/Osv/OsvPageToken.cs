using System.Globalization;
using System.Text;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>An opaque page token: the base64 of <c>offset:N</c>, the index of the first record of the next page.</summary>
internal static class OsvPageToken
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="OsvRequestException">The token was not made by <see cref="Encode"/>.</exception>
    public static int Decode(string token)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) &&
                int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new OsvRequestException("Invalid page token.");
    }
}

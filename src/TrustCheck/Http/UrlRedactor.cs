namespace TrustCheck.Http;

/// <summary>
/// Removes credentials from URLs before they reach a log, a report or an error message. Index URLs may carry
/// <c>user:token@</c>; everything TrustCheck prints about a URL goes through here.
/// </summary>
public static class UrlRedactor
{
    /// <summary>What replaces the user-info part of a URL.</summary>
    public const string Mask = "***";

    /// <summary>Returns the URL with its user-info (user name and password) masked.</summary>
    /// <param name="url">The URL; null yields an empty string.</param>
    /// <returns>The printable URL.</returns>
    public static string Redact(Uri? url)
    {
        if (url is null)
        {
            return string.Empty;
        }

        if (!url.IsAbsoluteUri || string.IsNullOrEmpty(url.UserInfo))
        {
            return url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;
        }

        var builder = new UriBuilder(url) { UserName = Mask, Password = string.Empty };
        return builder.Uri.AbsoluteUri;
    }

    /// <summary>Masks every URL user-info found in a free text (an exception message, say).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with <c>scheme://user:secret@</c> turned into <c>scheme://***@</c>.</returns>
    public static string RedactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var result = new System.Text.StringBuilder(text.Length);
        while (true)
        {
            var scheme = text.IndexOf("://", start, StringComparison.Ordinal);
            if (scheme < 0)
            {
                result.Append(text, start, text.Length - start);
                return result.ToString();
            }

            var authorityStart = scheme + 3;
            var authorityEnd = authorityStart;
            while (authorityEnd < text.Length && !IsAuthorityEnd(text[authorityEnd]))
            {
                authorityEnd++;
            }

            var at = text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
            result.Append(text, start, authorityStart - start);
            if (at >= authorityStart)
            {
                result.Append(Mask).Append('@');
                start = at + 1;
            }
            else
            {
                start = authorityStart;
            }
        }
    }

    private static bool IsAuthorityEnd(char c) => c is '/' or '?' or '#' or ' ' or '\t' or '\r' or '\n' or '"' or '\'' or '<' or '>';
}

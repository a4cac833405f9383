using System.Text;

namespace TrustCheck.Http;

/// <summary>
/// Credentials from a netrc file (<c>machine HOST login USER password SECRET</c>; <c>default</c> entries and
/// <c>macdef</c> blocks are ignored), as pip and curl read them: the file named by <c>NETRC</c>, else
/// <c>~/.netrc</c>. Used only for private (extra) indexes without credentials in their URL; the secrets go into the
/// URL's user info, which the HTTP layer turns into an <c>Authorization</c> header and redacts everywhere.
/// </summary>
internal static class NetrcFile
{
    /// <summary>The netrc file to read: <c>NETRC</c>, else <c>~/.netrc</c>.</summary>
    public static string? DefaultPath()
    {
        var configured = Environment.GetEnvironmentVariable("NETRC");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".netrc");
    }

    /// <summary>The URL with the netrc credentials of its host, when it has none of its own and the file has them.</summary>
    public static Uri WithCredentials(Uri url, string? netrcPath)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!string.IsNullOrEmpty(url.UserInfo) || string.IsNullOrEmpty(netrcPath) || !File.Exists(netrcPath))
        {
            return url;
        }

        var text = File.ReadAllText(netrcPath, Encoding.UTF8);
        return Find(text, url.Host) is { } entry
            ? new UriBuilder(url) { UserName = Uri.EscapeDataString(entry.Login), Password = Uri.EscapeDataString(entry.Password) }.Uri
            : url;
    }

    /// <summary>The login and password of the <c>machine</c> entry for a host, or null.</summary>
    public static (string Login, string Password)? Find(string text, string host)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] != "machine" || i + 1 >= tokens.Length || !string.Equals(tokens[i + 1], host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? login = null, password = null;
            for (var j = i + 2; j + 1 < tokens.Length && tokens[j] is not ("machine" or "default" or "macdef"); j += 2)
            {
                switch (tokens[j])
                {
                    case "login":
                        login = tokens[j + 1];
                        break;
                    case "password":
                        password = tokens[j + 1];
                        break;
                }
            }

            return login is null ? null : (login, password ?? string.Empty);
        }

        return null;
    }
}

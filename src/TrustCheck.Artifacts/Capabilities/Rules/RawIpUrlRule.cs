using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10307: a URL to a public IPv4 address — no domain, no certificate name, typical of command-and-control — in the
/// value of a string (escapes processed, adjacent literals joined). Read by hand in linear time, no regular expression.
/// </summary>
internal sealed class RawIpUrlRule : ICapabilityRule
{
    private static readonly string[] Schemes = ["https", "http", "ftp", "wss", "ws", "tcp"];

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var run in module.LiteralRuns)
        {
            if (IpUrl(run.Value.Span) is { } url)
            {
                yield return new CapabilityHit(CapabilityCodes.RawIpUrl, ArtifactSeverity.Medium, true, module.Key, module.Member, run.First.Location, run.First.Line, $"names the address '{url}'");
            }
        }
    }

    /// <summary>The first <c>scheme://a.b.c.d[:port]</c> with a public address in the value, or null.</summary>
    internal static string? IpUrl(ReadOnlySpan<char> value)
    {
        var from = 0;
        while (from < value.Length)
        {
            var found = value[from..].IndexOf("://", StringComparison.Ordinal);
            if (found < 0)
            {
                return null;
            }

            var at = from + found;
            from = at + 3;
            var scheme = Scheme(value, at);
            if (scheme < 0 || Address(value, at + 3, out var end) is not { } address || !IsPublic(address))
            {
                continue;
            }

            if (end < value.Length && value[end] == ':')
            {
                var port = end + 1;
                while (port < value.Length && char.IsAsciiDigit(value[port]))
                {
                    port++;
                }

                end = port > end + 1 ? port : end;
            }

            return value[scheme..end].ToString();
        }

        return null;
    }

    /// <summary>Where a known scheme ending just before <paramref name="colon"/> starts (at a word boundary), or -1.</summary>
    private static int Scheme(ReadOnlySpan<char> value, int colon)
    {
        foreach (var scheme in Schemes)
        {
            var start = colon - scheme.Length;
            if (start >= 0 && value.Slice(start, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !(char.IsLetterOrDigit(value[start - 1]) || value[start - 1] == '_')))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Four dot-separated numbers of one to three digits, each at most 255, not followed by a digit or a dot.</summary>
    private static byte[]? Address(ReadOnlySpan<char> value, int start, out int end)
    {
        var address = new byte[4];
        end = start;
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (end >= value.Length || value[end] != '.')
                {
                    return null;
                }

                end++;
            }

            var digits = end;
            while (end < value.Length && end - digits < 4 && char.IsAsciiDigit(value[end]))
            {
                end++;
            }

            if (end - digits is 0 or > 3 || !int.TryParse(value.Slice(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 255)
            {
                return null;
            }

            address[part] = (byte)number;
        }

        return end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] == '.') ? null : address;
    }

    /// <summary>Not loopback, private, link-local, unspecified, broadcast or a documentation range.</summary>
    private static bool IsPublic(byte[] ip) => !(ip[0] is 0 or 10 or 127 or >= 224
        || (ip[0] == 172 && ip[1] is >= 16 and <= 31) || (ip[0] == 192 && ip[1] == 168) || (ip[0] == 169 && ip[1] == 254)
        || (ip[0] == 192 && ip[1] == 0 && ip[2] == 2) || (ip[0] == 198 && ip[1] == 51 && ip[2] == 100) || (ip[0] == 203 && ip[1] == 0 && ip[2] == 113));
}

using System.Net;
using System.Text.RegularExpressions;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10307: a URL to a public IPv4 address — no domain, no certificate name, typical of command-and-control.</summary>
internal sealed partial class RawIpUrlRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var literal in module.Strings)
        {
            var raw = module.TextAt(literal.Index);
            if (raw.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (Match match in IpUrl().Matches(raw.Length > 8192 ? raw[..8192].ToString() : raw.ToString()))
            {
                if (IPAddress.TryParse(match.Groups["ip"].Value, out var address) && IsPublic(address.GetAddressBytes()))
                {
                    yield return new CapabilityHit(CapabilityCodes.RawIpUrl, ArtifactSeverity.Medium, true, module.Key, module.Member, literal.Location, literal.Line, $"names the address '{match.Value}'");
                    break;
                }
            }
        }
    }

    /// <summary>Not loopback, private, link-local, unspecified, broadcast or a documentation range.</summary>
    private static bool IsPublic(byte[] ip) => !(ip[0] is 0 or 10 or 127 or >= 224
        || (ip[0] == 172 && ip[1] is >= 16 and <= 31) || (ip[0] == 192 && ip[1] == 168) || (ip[0] == 169 && ip[1] == 254)
        || (ip[0] == 192 && ip[1] == 0 && ip[2] == 2) || (ip[0] == 198 && ip[1] == 51 && ip[2] == 100) || (ip[0] == 203 && ip[1] == 0 && ip[2] == 113));

    [GeneratedRegex(@"\b(https?|ftp|wss?|tcp)://(?<ip>\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])(:\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IpUrl();
}

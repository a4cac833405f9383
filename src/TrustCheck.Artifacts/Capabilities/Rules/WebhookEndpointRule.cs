using System.Text.RegularExpressions;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10306: endpoints that stolen data is posted to — Discord and Slack webhooks, Telegram bots, request catchers, OAST hosts, tunnels.</summary>
internal sealed partial class WebhookEndpointRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var literal in module.Strings)
        {
            var raw = module.TextAt(literal.Index);
            if (Endpoint().Match(raw.Length > 8192 ? raw[..8192].ToString() : raw.ToString()) is { Success: true } match)
            {
                yield return new CapabilityHit(CapabilityCodes.WebhookEndpoint, ArtifactSeverity.High, true, module.Key, module.Member, literal.Location, literal.Line, $"names the endpoint '{match.Value}'");
            }
        }
    }

    [GeneratedRegex(@"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|hooks\.slack\.com/services|webhook\.site|pipedream\.net|requestbin\.|burpcollaborator\.net|\.oast\.(fun|me|pro|live|site|online)|interact\.sh|ngrok(-free)?\.(io|app)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Endpoint();
}

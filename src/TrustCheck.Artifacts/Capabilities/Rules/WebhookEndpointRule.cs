using System.Buffers;
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
            if (Endpoint(module.TextAt(literal.Index)) is { } endpoint)
            {
                yield return new CapabilityHit(CapabilityCodes.WebhookEndpoint, ArtifactSeverity.High, true, module.Key, module.Member, literal.Location, literal.Line, $"names the endpoint '{endpoint}'");
            }
        }
    }

    private static readonly SearchValues<string> Hints = SearchValues.Create(
        ["discord", "telegram", "hooks.slack", "webhook.site", "pipedream", "requestbin", "burpcollaborator", ".oast.", "interact.sh", "ngrok"], StringComparison.OrdinalIgnoreCase);

    private static string? Endpoint(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAny(Hints) < 0)
        {
            return null;
        }

        foreach (var match in Endpoint().EnumerateMatches(raw))
        {
            return raw.Slice(match.Index, match.Length).ToString();
        }

        return null;
    }

    [GeneratedRegex(@"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|hooks\.slack\.com/services|webhook\.site|pipedream\.net|requestbin\.|burpcollaborator\.net|\.oast\.(fun|me|pro|live|site|online)|interact\.sh|ngrok(-free)?\.(io|app)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Endpoint();
}

using System.Buffers;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10306: endpoints that stolen data is posted to — Discord and Slack webhooks, Telegram bots, request catchers, OAST
/// hosts, tunnels — in the value of a string (escapes processed, adjacent literals joined). Literal patterns only, found
/// in linear time.
/// </summary>
internal sealed class WebhookEndpointRule : ICapabilityRule
{
    private static readonly SearchValues<string> Endpoints = SearchValues.Create(
        [
            "discord.com/api/webhooks", "discordapp.com/api/webhooks", "api.telegram.org/bot", "hooks.slack.com/services", "webhook.site",
            "pipedream.net", "requestbin.", "burpcollaborator.net", ".oast.fun", ".oast.me", ".oast.pro", ".oast.live", ".oast.site", ".oast.online",
            "interact.sh", "ngrok.io", "ngrok.app", "ngrok-free.io", "ngrok-free.app",
        ],
        StringComparison.OrdinalIgnoreCase);

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var run in module.LiteralRuns)
        {
            if (Endpoint(run.Value.Span) is { } endpoint)
            {
                yield return new CapabilityHit(CapabilityCodes.WebhookEndpoint, ArtifactSeverity.High, true, module.Key, module.Member, run.First.Location, run.First.Line, $"names the endpoint '{endpoint}'");
            }
        }
    }

    private static string? Endpoint(ReadOnlySpan<char> value)
    {
        var at = value.IndexOfAny(Endpoints);
        if (at < 0)
        {
            return null;
        }

        // Report the endpoint up to the end of its URL (bounded), as a reader would look it up.
        var end = at;
        while (end < value.Length && end - at < 120 && !char.IsWhiteSpace(value[end]) && value[end] is not ('\'' or '"'))
        {
            end++;
        }

        return value[at..end].ToString();
    }
}

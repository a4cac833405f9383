using System.Net;
using System.Text.RegularExpressions;
using TrustCheck.Evidence.Simple;

namespace TrustCheck.Sources.Simple;

/// <summary>
/// Reads a PEP 503 HTML project page (with the PEP 592, 658/714 and 740 attributes), for indexes that serve no JSON.
/// Only anchors matter; everything else on the page is ignored.
/// </summary>
internal static partial class SimpleHtmlParser
{
    public static SimpleProjectPage Parse(string html, Uri pageUrl, string index, string name, string shown)
    {
        var meta = Metas(html);
        var apiVersion = meta.GetValueOrDefault("pypi:repository-version") ?? "1.0";
        SimpleJsonMapper.RequireMajorVersion1(apiVersion, shown);
        var files = new List<SimpleFile>();
        foreach (Match anchor in AnchorPattern().Matches(html))
        {
            var attributes = Attributes(anchor.Groups["attrs"].Value);
            if (!attributes.TryGetValue("href", out var href) || href is null)
            {
                continue;
            }

            var url = SimpleJsonMapper.Resolve(pageUrl, href, shown);
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (url.Fragment.Length > 1 && url.Fragment.IndexOf('=', StringComparison.Ordinal) is var eq and > 1)
            {
                hashes[url.Fragment[1..eq].ToLowerInvariant()] = url.Fragment[(eq + 1)..].ToLowerInvariant();
                url = new UriBuilder(url) { Fragment = string.Empty }.Uri;
            }

            var filename = WebUtility.HtmlDecode(TagPattern().Replace(anchor.Groups["text"].Value, string.Empty)).Trim();
            attributes.TryGetValue("data-yanked", out var yankedReason);
            attributes.TryGetValue("data-provenance", out var provenance);
            files.Add(new SimpleFile
            {
                Filename = filename.Length > 0 ? filename : Uri.UnescapeDataString(url.Segments[^1]),
                Url = url,
                Hashes = hashes,
                RequiresPython = attributes.GetValueOrDefault("data-requires-python"),
                Yanked = attributes.ContainsKey("data-yanked"),
                YankedReason = string.IsNullOrEmpty(yankedReason) ? null : yankedReason,
                HasCoreMetadata = IsTrue(attributes, "data-core-metadata") || IsTrue(attributes, "data-dist-info-metadata"),
                Provenance = string.IsNullOrEmpty(provenance) ? null : SimpleJsonMapper.Resolve(pageUrl, provenance, shown),
            });
        }

        return new SimpleProjectPage
        {
            Index = index,
            Name = name,
            Format = SimplePageFormat.Html,
            ApiVersion = apiVersion,
            Status = meta.GetValueOrDefault("pypi:project-status") is { Length: > 0 } status
                ? new SimpleProjectStatus(status, meta.GetValueOrDefault("pypi:project-status-reason"))
                : SimpleProjectStatus.Active,
            Files = files,
        };
    }

    private static bool IsTrue(Dictionary<string, string?> attributes, string name) =>
        attributes.TryGetValue(name, out var value) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string?> Metas(string html)
    {
        var metas = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (Match meta in MetaPattern().Matches(html))
        {
            var attributes = Attributes(meta.Groups["attrs"].Value);
            if (attributes.GetValueOrDefault("name") is { } name)
            {
                metas[name] = attributes.GetValueOrDefault("content");
            }
        }

        return metas;
    }

    private static Dictionary<string, string?> Attributes(string text)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in AttributePattern().Matches(text))
        {
            var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                : attribute.Groups["bare"].Success ? attribute.Groups["bare"].Value
                : null;
            attributes[attribute.Groups["name"].Value] = value is null ? null : WebUtility.HtmlDecode(value);
        }

        return attributes;
    }

    [GeneratedRegex(@"<a\b(?<attrs>[^>]*)>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"<meta\b(?<attrs>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MetaPattern();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'>]+)))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AttributePattern();
}

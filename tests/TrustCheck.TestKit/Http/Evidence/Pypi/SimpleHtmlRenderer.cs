using System.Net;
using System.Text;
using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// Renders a PEP 691 JSON project page as the PEP 503 HTML page Warehouse serves for it: one anchor per file with
/// <c>href="url#sha256=…"</c> and the <c>data-requires-python</c>, <c>data-yanked</c>, <c>data-dist-info-metadata</c>,
/// <c>data-core-metadata</c> and <c>data-provenance</c> attributes, every value HTML-escaped.
/// </summary>
internal static class SimpleHtmlRenderer
{
    public static byte[] Render(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
        var apiVersion = root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("api-version", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : "1.0";

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n  <head>\n");
        html.Append("    <meta name=\"pypi:repository-version\" content=\"").Append(Escape(apiVersion)).Append("\">\n");
        if (root.TryGetProperty("project-status", out var status) && status.TryGetProperty("status", out var state) && state.ValueKind == JsonValueKind.String)
        {
            html.Append("    <meta name=\"pypi:project-status\" content=\"").Append(Escape(state.GetString()!)).Append("\">\n");
        }

        html.Append("    <title>Links for ").Append(Escape(name)).Append("</title>\n  </head>\n  <body>\n");
        html.Append("    <h1>Links for ").Append(Escape(name)).Append("</h1>\n");
        if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                AppendAnchor(html, file);
            }
        }

        html.Append("  </body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Renders the root index (<c>/simple/</c>) as HTML.</summary>
    public static byte[] RenderIndex(IEnumerable<string> names)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.4\">\n");
        html.Append("    <title>Simple index</title>\n  </head>\n  <body>\n");
        foreach (var name in names)
        {
            html.Append("    <a href=\"/simple/").Append(Escape(name)).Append("/\">").Append(Escape(name)).Append("</a><br />\n");
        }

        html.Append("  </body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void AppendAnchor(StringBuilder html, JsonElement file)
    {
        var url = StringOf(file, "url") ?? string.Empty;
        var href = HashFragment(file) is { } fragment ? url + "#" + fragment : url;
        html.Append("    <a href=\"").Append(Escape(href)).Append('"');
        if (StringOf(file, "requires-python") is { Length: > 0 } requiresPython)
        {
            AppendAttribute(html, "data-requires-python", requiresPython);
        }

        if (file.TryGetProperty("yanked", out var yanked) && yanked.ValueKind is JsonValueKind.True or JsonValueKind.String)
        {
            AppendAttribute(html, "data-yanked", yanked.ValueKind == JsonValueKind.String ? yanked.GetString()! : string.Empty);
        }

        // PEP 714: the HTML carries the metadata hash under both names; the JSON may hold only the new key.
        var coreMetadata = MetadataValue(file, "core-metadata");
        if ((MetadataValue(file, "data-dist-info-metadata") ?? coreMetadata) is { } distInfoMetadata)
        {
            AppendAttribute(html, "data-dist-info-metadata", distInfoMetadata);
        }

        if (coreMetadata is not null)
        {
            AppendAttribute(html, "data-core-metadata", coreMetadata);
        }

        if (StringOf(file, "provenance") is { Length: > 0 } provenance)
        {
            AppendAttribute(html, "data-provenance", provenance);
        }

        html.Append('>').Append(Escape(StringOf(file, "filename") ?? string.Empty)).Append("</a><br />\n");
    }

    private static void AppendAttribute(StringBuilder html, string name, string value) =>
        html.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');

    /// <summary>The <c>href</c> fragment of a file: its <c>hashes</c> as <see cref="HashOf"/> renders them.</summary>
    private static string? HashFragment(JsonElement file) =>
        file.TryGetProperty("hashes", out var hashes) ? HashOf(hashes) : null;

    /// <summary><c>sha256=&lt;hex&gt;</c> when a hash object lists sha256, else its first hash, else null.</summary>
    private static string? HashOf(JsonElement hashes)
    {
        if (hashes.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (hashes.TryGetProperty("sha256", out var sha256) && sha256.ValueKind == JsonValueKind.String)
        {
            return "sha256=" + sha256.GetString();
        }

        var first = hashes.EnumerateObject().FirstOrDefault(static p => p.Value.ValueKind == JsonValueKind.String);
        return first.Value.ValueKind == JsonValueKind.String ? first.Name + "=" + first.Value.GetString() : null;
    }

    /// <summary>A PEP 658/714 metadata value: <c>sha256=…</c> for a hash object, <c>true</c> for true, null when absent or false.</summary>
    private static string? MetadataValue(JsonElement file, string key)
    {
        if (!file.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.Object => HashOf(value) ?? "true",
            _ => null,
        };
    }

    private static string? StringOf(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}

using System.Net;
using System.Text;
using System.Text.Json;
using TrustCheck.Sources;
using TrustCheck.Sources.Osv;
using TrustCheck.Sources.PyPi;
using TrustCheck.Sources.Simple;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Tests.Sources.Fuzzing;

/// <summary>
/// The documents TrustCheck reads from indexes and OSV, through the same parse-and-map path the sources use, under
/// mutations of the recorded real answers and JSON/HTML token soup: every input ends in a model or in an
/// <see cref="EvidenceSourceException"/> of kind <see cref="EvidenceErrorKind.Malformed"/>, never another exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class SourceDocumentFuzzTests
{
    private const string Shown = "https://pypi.example/fuzz";
    private static readonly Uri PageUrl = new("https://pypi.example/simple/demo/");

    private static readonly string[] JsonTokens =
        ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e999", "18446744073709551616", "\"\\u0000\"",
         "\"\\ud800\"", "\"info\"", "\"name\"", "\"version\"", "\"urls\"", "\"releases\"", "\"files\"", "\"filename\"",
         "\"url\"", "\"hashes\"", "\"sha256\"", "\"SHA256\"", "\"digests\"", "\"yanked\"", "\"meta\"", "\"api-version\"",
         "\"1.1\"", "\"2.0\"", "\"upload-time\"", "\"2024-01-01T00:00:00Z\"", "\"not a time\"", "\"core-metadata\"",
         "\"provenance\"", "\"id\"", "\"modified\"", "\"affected\"", "\"ranges\"", "\"events\"", "\"introduced\"",
         "\"fixed\"", "\"type\"", "\"severity\"", "\"references\"", "\"vulnerabilities\"", "\"ownership\"", "\"roles\"",
         "\"https://files.example/x-1.0.tar.gz\"", "\"javascript:alert(1)\"", "\"../x\"", " ", "\n"];

    private static readonly string[] HtmlTokens =
        ["<a", "<a ", "</a>", "</a >", "<A HREF=", "href=", "href='", "\"", "'", ">", "<", "<meta", " name=", " content=",
         "\"pypi:repository-version\"", "\"1.0\"", "\"2.0\"", "\"pypi:project-status\"", "data-yanked", "data-requires-python=",
         "\"&gt;=3.8\"", "data-dist-info-metadata=\"sha256=00\"", "data-core-metadata", "data-provenance=", "#sha256=",
         "#=", "#", "https://files.example/", "x-1.0.tar.gz", "../", "//evil.example/", "file:///etc/passwd",
         "javascript:", "&amp;", "&#x0;", "&#99999999;", "<br/>", "<!--", "-->", "<html>", "<body>", " ", "\n"];

    [Fact]
    public void PyPiJsonDocument_MutatedRealAnswers_MapOrAreMalformed()
    {
        var seeds = Files("data/pypi-json-api", "*.json").Where(p => !p.EndsWith(".response-meta.json", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToArray();

        var summary = FuzzCampaign.Run("pypi-json-api", TokenSoup.OrMutations(seeds, JsonTokens, 60), input => Malformed(() =>
        {
            var project = PyPiJsonMapper.ToProject(PyPiJsonSource.Parse(input, Shown), Shown);
            Check(project.Info.Name.Length > 0 && project.Info.Version.Length > 0, input, "maps without a name and version");
            Check(project.Files.Concat(project.Releases.Values.SelectMany(f => f)).All(f => f.Filename.Length > 0), input, "maps a file without a name");
        }));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void SimpleJsonPage_MutatedRealAnswers_MapOrAreMalformed()
    {
        var seeds = Files("data/pypi-simple-json", "*.json").Select(File.ReadAllBytes).ToArray();

        var summary = FuzzCampaign.Run("simple-api-json", TokenSoup.OrMutations(seeds, JsonTokens, 60), input => Malformed(() =>
            CheckPage(SimpleIndex.ParsePage(input, "application/vnd.pypi.simple.v1+json", PageUrl, "https://pypi.example/simple/", "demo", Shown), input)));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void SimpleHtmlPage_MutatedPagesAndSoup_MapOrAreMalformed()
    {
        var seeds = Files("data/pypi-simple-json/poetry-fixtures", "*.json").Select(Html).ToArray();

        var summary = FuzzCampaign.Run("simple-api-html", TokenSoup.OrMutations(seeds, HtmlTokens, 60), input => Malformed(() =>
            CheckPage(SimpleIndex.ParsePage(input, "text/html", PageUrl, "https://pypi.example/simple/", "demo", Shown), input)));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void OsvRecord_MutatedRealRecords_MapOrAreMalformed()
    {
        using var records = SharedData.ReadJson("data/osv/pypa-advisory-database.records.json");
        var seeds = records.RootElement.EnumerateArray().Select(r => Encoding.UTF8.GetBytes(r.GetRawText()))
            .Append(File.ReadAllBytes(SharedData.PathOf("data/osv/api-responses/docs-sample.v1-vulns-id.response.json")))
            .ToArray();

        var summary = FuzzCampaign.Run("osv-record", TokenSoup.OrMutations(seeds, JsonTokens, 60), input => Malformed(() =>
        {
            var record = OsvClient.Parse(input, Shown);
            Check(record.Id.Length > 0, input, "maps without an id");
        }));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    /// <summary>Runs one parse: a model is Accepted, a Malformed error Rejected; any other failure escapes to the campaign.</summary>
    private static FuzzOutcome Malformed(Action parse)
    {
        try
        {
            parse();
            return FuzzOutcome.Accepted;
        }
        catch (EvidenceSourceException error) when (error.Kind == EvidenceErrorKind.Malformed && error.Message.Contains(Shown, StringComparison.Ordinal))
        {
            return FuzzOutcome.Rejected;
        }
    }

    private static void CheckPage(TrustCheck.Evidence.Simple.SimpleProjectPage page, byte[] input)
    {
        foreach (var file in page.Files)
        {
            Check(file.Url.Scheme is "https" or "http", input, $"maps a file URL '{file.Url}'");
            Check(file.Provenance is null || file.Provenance.Scheme is "https" or "http", input, $"maps a provenance URL '{file.Provenance}'");
            Check(file.Hashes.Keys.All(k => string.Equals(k, k.ToLowerInvariant(), StringComparison.Ordinal)), input, "keeps a hash name that is not lower case");
        }
    }

    /// <summary>A PEP 503 page with the same files as a recorded PEP 691 page (generated at test time, never stored).</summary>
    private static byte[] Html(string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta name=\"pypi:repository-version\" content=\"1.1\"></head><body>\n");
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var url = file.GetProperty("url").GetString();
            var sha = file.TryGetProperty("hashes", out var hashes) && hashes.TryGetProperty("sha256", out var h) ? "#sha256=" + h.GetString() : string.Empty;
            var python = file.TryGetProperty("requires-python", out var rp) && rp.ValueKind == JsonValueKind.String ? $" data-requires-python=\"{WebUtility.HtmlEncode(rp.GetString())}\"" : string.Empty;
            var yanked = file.TryGetProperty("yanked", out var y) && y.ValueKind != JsonValueKind.False ? " data-yanked=\"\"" : string.Empty;
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"{url}{sha}\"{python}{yanked}>{file.GetProperty("filename").GetString()}</a><br/>\n");
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>\n").ToString());
    }

    private static string[] Files(string sharedFolder, string pattern) =>
        [.. Directory.EnumerateFiles(SharedData.PathOf(sharedFolder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static void Check(bool condition, byte[] input, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException($"{what}: {Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 200)))}");
        }
    }
}

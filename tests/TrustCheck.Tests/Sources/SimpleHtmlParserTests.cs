using TrustCheck.Evidence.Simple;
using TrustCheck.Sources;
using TrustCheck.Sources.Simple;

namespace TrustCheck.Tests.Sources;

public sealed class SimpleHtmlParserTests
{
    private static readonly Uri PageUrl = new("https://private.example/simple/internal-lib/");

    [Fact]
    public void Parse_Pep503PageWithAttributes_ReadsFilesHashesAndFlags()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><meta name="pypi:repository-version" content="1.1"><title>Links for internal-lib</title></head>
            <body><h1>Links for internal-lib</h1>
            <a href="../../files/internal_lib-1.0.0-py3-none-any.whl#sha256=ABCDEF0123" data-requires-python="&gt;=3.8" data-dist-info-metadata="sha256=00">internal_lib-1.0.0-py3-none-any.whl</a><br/>
            <a href='https://files.example/internal-lib-1.1.0.tar.gz#sha256=99' data-yanked="broken build" data-provenance="https://private.example/integrity/internal-lib/1.1.0/internal-lib-1.1.0.tar.gz/provenance">internal-lib-1.1.0.tar.gz</a>
            <a href="internal_lib-0.9.tar.gz" data-yanked>internal_lib-0.9.tar.gz</a>
            </body></html>
            """;

        var page = SimpleHtmlParser.Parse(html, PageUrl, "https://private.example/simple/", "internal-lib", PageUrl.AbsoluteUri);

        Assert.Equal(SimplePageFormat.Html, page.Format);
        Assert.Equal("1.1", page.ApiVersion);
        Assert.Equal(3, page.Files.Count);
        var wheel = page.Files[0];
        Assert.Equal("internal_lib-1.0.0-py3-none-any.whl", wheel.Filename);
        Assert.Equal(new Uri("https://private.example/files/internal_lib-1.0.0-py3-none-any.whl"), wheel.Url);
        Assert.Equal("abcdef0123", wheel.Sha256);
        Assert.Equal(">=3.8", wheel.RequiresPython);
        Assert.True(wheel.HasCoreMetadata);
        Assert.False(wheel.Yanked);
        var sdist = page.Files[1];
        Assert.True(sdist.Yanked);
        Assert.Equal("broken build", sdist.YankedReason);
        Assert.Equal("https://private.example/integrity/internal-lib/1.1.0/internal-lib-1.1.0.tar.gz/provenance", sdist.Provenance!.AbsoluteUri);
        Assert.True(page.Files[2].Yanked);
        Assert.Null(page.Files[2].YankedReason);
        Assert.Null(page.Files[2].Sha256);
    }

    [Fact]
    public void Parse_NonHttpLink_IsMalformed()
    {
        const string html = """<a href="file:///etc/passwd">x-1.0.tar.gz</a>""";

        var error = Assert.Throws<EvidenceSourceException>(() => SimpleHtmlParser.Parse(html, PageUrl, "i", "x", PageUrl.AbsoluteUri));

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
    }
}

using System.Text;
using TrustCheck.Sources;
using TrustCheck.Sources.Osv;
using TrustCheck.Sources.PyPi;
using TrustCheck.Sources.Simple;

namespace TrustCheck.Tests.Sources;

/// <summary>
/// Documents that are valid JSON but break the shape the mappers expect (null list items, hash names that collide
/// once lower-cased): each is a Malformed error naming the document, never a NullReferenceException or ArgumentException.
/// </summary>
public sealed class MalformedDocumentTests
{
    private const string Shown = "https://pypi.example/doc";
    private static readonly Uri PageUrl = new("https://pypi.example/simple/demo/");

    [Theory]
    [InlineData("""{"info":{"name":"demo","version":"1.0"},"urls":[null]}""")]
    [InlineData("""{"info":{"name":"demo","version":"1.0"},"urls":[],"releases":{"1.0":[null]}}""")]
    [InlineData("""{"info":{"name":"demo","version":"1.0"},"urls":[],"vulnerabilities":[null]}""")]
    [InlineData("""{"info":{"name":"demo","version":"1.0"},"urls":[],"ownership":{"roles":[null]}}""")]
    public void PyPiJson_NullListItem_IsMalformedOrSkipped(string json)
    {
        var error = Record.Exception(() => PyPiJsonMapper.ToProject(PyPiJsonSource.Parse(Encoding.UTF8.GetBytes(json), Shown), Shown));

        Assert.True(error is null or EvidenceSourceException { Kind: EvidenceErrorKind.Malformed }, $"threw {error}");
    }

    [Theory]
    [InlineData("""{"meta":{"api-version":"1.1"},"name":"demo","files":[null]}""")]
    [InlineData("""{"meta":{"api-version":"1.1"},"name":"demo","files":[{"filename":"demo-1.0.tar.gz","url":"demo-1.0.tar.gz","hashes":{"sha256":"AA","SHA256":"BB"}}]}""")]
    public void SimpleJson_NullFileOrCollidingHashNames_IsMalformed(string json)
    {
        var error = Record.Exception(() => SimpleIndex.ParsePage(Encoding.UTF8.GetBytes(json), "application/vnd.pypi.simple.v1+json", PageUrl, "https://pypi.example/simple/", "demo", Shown));

        Assert.True(error is EvidenceSourceException { Kind: EvidenceErrorKind.Malformed }, $"threw {error}");
    }

    [Theory]
    [InlineData("""{"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[null]}""")]
    [InlineData("""{"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"name":"demo"},"ranges":[null]}]}""")]
    [InlineData("""{"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"name":"demo"},"ranges":[{"type":"ECOSYSTEM","events":[null]}]}]}""")]
    [InlineData("""{"id":"X-1","modified":"2024-01-01T00:00:00Z","severity":[null],"references":[null]}""")]
    public void OsvRecord_NullListItem_IsMalformedOrSkipped(string json)
    {
        var error = Record.Exception(() => OsvClient.Parse(Encoding.UTF8.GetBytes(json), Shown));

        Assert.True(error is null or EvidenceSourceException { Kind: EvidenceErrorKind.Malformed }, $"threw {error}");
    }
}

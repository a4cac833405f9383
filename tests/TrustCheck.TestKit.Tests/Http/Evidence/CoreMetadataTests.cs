using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class CoreMetadataTests
{
    private const string Filename = "demo_pkg-1.0-py3-none-any.whl";

    [Fact]
    public async Task AddCoreMetadata_ServesTheBytesBesideTheArtifact()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var metadata = Encoding.UTF8.GetBytes("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\n\n");
        host.Server.AddArtifact(Filename, [1, 2, 3]).AddCoreMetadata(Filename, metadata);

        using var response = await host.Client.GetAsync(new Uri(host.Server.ArtifactUrl(Filename).AbsoluteUri + ".metadata"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(metadata, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(host.Server.ArtifactUrl(Filename).AbsoluteUri + ".metadata", host.Server.CoreMetadataUrl(Filename).AbsoluteUri);
    }

    [Fact]
    public async Task CoreMetadataUrl_NothingRegistered_Answers404()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddArtifact(Filename, [1, 2, 3]);

        using var response = await host.Client.GetAsync(host.Server.CoreMetadataUrl(Filename));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SynthesizeSimplePage_FileWithCoreMetadataHash_AdvertisesItInJsonAndHtml()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var metadata = Encoding.UTF8.GetBytes("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\n\n");
        var hash = Convert.ToHexStringLower(SHA256.HashData(metadata));
        var release = new JsonObject
        {
            ["info"] = new JsonObject { ["name"] = "demo-pkg", ["version"] = "1.0", ["yanked"] = false },
            ["urls"] = new JsonArray(new JsonObject
            {
                ["filename"] = Filename,
                ["url"] = host.Server.ArtifactUrl(Filename).AbsoluteUri,
                ["digests"] = new JsonObject { ["sha256"] = new string('0', 64) },
                ["core-metadata"] = new JsonObject { ["sha256"] = hash },
            }),
        };
        host.Server.AddRelease("demo-pkg", "1.0", JsonSerializer.SerializeToUtf8Bytes(release))
            .AddCoreMetadata(Filename, metadata)
            .SynthesizeSimplePage("demo-pkg");

        using var json = new HttpRequestMessage(HttpMethod.Get, "simple/demo-pkg/");
        json.Headers.Accept.ParseAdd("application/vnd.pypi.simple.v1+json");
        using var jsonResponse = await host.Client.SendAsync(json);
        var file = JsonNode.Parse(await jsonResponse.Content.ReadAsStringAsync())!["files"]![0]!;
        var html = await host.Client.GetStringAsync("simple/demo-pkg/");

        Assert.Equal(hash, file["core-metadata"]!["sha256"]!.GetValue<string>());
        Assert.Equal(hash, file["data-dist-info-metadata"]!["sha256"]!.GetValue<string>());
        Assert.Contains($"data-core-metadata=\"sha256={hash}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-dist-info-metadata=\"sha256={hash}\"", html, StringComparison.Ordinal);
    }
}

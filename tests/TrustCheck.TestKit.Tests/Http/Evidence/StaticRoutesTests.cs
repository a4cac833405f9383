using System.Net;
using System.Text.Json;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class StaticRoutesTests
{
    [Theory]
    [InlineData("timestamp.json")]
    [InlineData("15.root.json")]
    [InlineData("targets/6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66.trusted_root.json")]
    public async Task Tuf_DefaultDirectory_ServesTheSharedProductionRepositoryInPlace(string file)
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);

        using var response = await host.Client.GetAsync(new Uri(host.Server.TufUrl, file));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SharedData.PathOf("vectors/tuf/sigstore-production"), file)), await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("tuf/16.root.json")]
    [InlineData("tuf/..%2F..%2Fdata%2FREADME.md")]
    [InlineData("tuf/targets/")]
    public async Task Tuf_MissingOrOutsideFile_Answers404(string path)
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tuf_CustomDirectory_IsReadOnEveryRequest()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var directory = Directory.CreateTempSubdirectory("trustcheck-tuf-");
        try
        {
            host.Server.TufDirectory = directory.FullName;
            var file = Path.Combine(directory.FullName, "timestamp.json");
            await File.WriteAllTextAsync(file, "{\"v\": 1}");
            var first = await host.Client.GetStringAsync("tuf/timestamp.json");
            await File.WriteAllTextAsync(file, "{\"v\": 2}");
            var second = await host.Client.GetStringAsync("tuf/timestamp.json");

            Assert.Equal("{\"v\": 1}", first);
            Assert.Equal("{\"v\": 2}", second);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TopPackages_FileMissing_Answers500NamingTheError()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.TopPackagesFile = Path.Combine(Path.GetTempPath(), "trustcheck-no-such-file.json");

        using var response = await host.Client.GetAsync(host.Server.TopPackagesUrl);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("FileNotFoundException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(500, Assert.Single(host.Server.Requests).StatusCode);
    }

    [Fact]
    public async Task TopPackages_Default_ServesTheSharedList()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);

        using var response = await host.Client.GetAsync(host.Server.TopPackagesUrl);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("boto3", json.RootElement.GetProperty("rows")[0].GetProperty("project").GetString());
        Assert.Equal(15000, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Urls_AllDerivedFromTheBaseUrl()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var server = host.Server;

        Assert.Equal("127.0.0.1", server.BaseUrl.Host);
        Assert.EndsWith("/", server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(server.BaseUrl, server.PypiUrl);
        Assert.Equal(server.BaseUrl.AbsoluteUri + "simple/", server.IndexUrl.AbsoluteUri);
        Assert.Equal(server.BaseUrl.AbsoluteUri + "osv/", server.OsvUrl.AbsoluteUri);
        Assert.Equal(server.BaseUrl.AbsoluteUri + "tuf/", server.TufUrl.AbsoluteUri);
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class SyntheticPackagesTests
{
    private const string SimpleJson = "application/vnd.pypi.simple.v1+json";

    [Fact]
    public async Task AddSyntheticPackages_TwoHundred_EachHasProjectReleaseAndSimplePage()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddSyntheticPackages(200);

        await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            var name = $"synthetic-pkg-{i:D4}";
            using var project = await host.Client.GetAsync($"pypi/{name}/json");
            using var release = await host.Client.GetAsync($"pypi/{name}/1.0.0/json");
            using var simple = await host.Client.GetAsync($"simple/{name}/");
            Assert.Equal(HttpStatusCode.OK, project.StatusCode);
            Assert.Equal(HttpStatusCode.OK, release.StatusCode);
            Assert.Equal(HttpStatusCode.OK, simple.StatusCode);
        }));

        Assert.Equal(600, host.Server.TotalRequests);
    }

    [Fact]
    public async Task AddSyntheticPackages_ReleaseFiles_HashTheServedArtifactBytes()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddSyntheticPackages(3);

        using var release = await host.GetJsonAsync("pypi/synthetic-pkg-0003/1.0.0/json");
        var files = release.RootElement.GetProperty("urls").EnumerateArray().ToList();

        Assert.Equal(["sdist", "bdist_wheel"], files.Select(f => f.GetProperty("packagetype").GetString()));
        Assert.Equal(["synthetic_pkg_0003-1.0.0.tar.gz", "synthetic_pkg_0003-1.0.0-py3-none-any.whl"], files.Select(f => f.GetProperty("filename").GetString()));
        foreach (var file in files)
        {
            var bytes = await host.Client.GetByteArrayAsync(file.GetProperty("url").GetString());
            Assert.Equal(file.GetProperty("digests").GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(file.GetProperty("size").GetInt32(), bytes.Length);
        }
    }

    [Fact]
    public async Task AddSyntheticPackages_DefaultProvenance_EvenIndicesAttestedOddOnes404()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddSyntheticPackages(2);

        using var unattested = await host.Client.GetAsync("integrity/synthetic-pkg-0001/1.0.0/synthetic_pkg_0001-1.0.0.tar.gz/provenance");
        using var attested = await host.GetJsonAsync("integrity/synthetic-pkg-0002/1.0.0/synthetic_pkg_0002-1.0.0.tar.gz/provenance");

        Assert.Equal(HttpStatusCode.NotFound, unattested.StatusCode);
        var statement = attested.RootElement.GetProperty("attestation_bundles")[0].GetProperty("attestations")[0].GetProperty("envelope").GetProperty("statement").GetString()!;
        using var decoded = JsonDocument.Parse(Convert.FromBase64String(statement));
        var subject = decoded.RootElement.GetProperty("subject")[0];
        Assert.Equal("synthetic_pkg_0002-1.0.0.tar.gz", subject.GetProperty("name").GetString());
        var artifact = await host.Client.GetByteArrayAsync("packages/synthetic_pkg_0002-1.0.0.tar.gz");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(artifact)), subject.GetProperty("digest").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task AddSyntheticPackages_SimplePage_LinksProvenanceOnlyWhereItExists()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddSyntheticPackages(2);

        var odd = await SimpleFilesAsync(host, "synthetic-pkg-0001");
        var even = await SimpleFilesAsync(host, "synthetic-pkg-0002");

        Assert.All(odd, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("provenance").ValueKind));
        Assert.All(even, f => Assert.EndsWith("/provenance", f.GetProperty("provenance").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddSyntheticPackages_Options_NameVersionDependenciesAndProvenance()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var options = new SyntheticPackageOptions { NamePrefix = "bench-", Version = "2.5", DependencyCount = 2, HasProvenance = static _ => false };
        host.Server.AddSyntheticPackages(4, options);

        using var first = await host.GetJsonAsync("pypi/bench-0001/json");
        using var fourth = await host.GetJsonAsync("pypi/bench-0004/2.5/json");
        using var provenance = await host.Client.GetAsync("integrity/bench-0004/2.5/bench_0004-2.5.tar.gz/provenance");

        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("info").GetProperty("requires_dist").ValueKind);
        Assert.Equal(["bench-0002>=2.5", "bench-0003>=2.5"], fourth.RootElement.GetProperty("info").GetProperty("requires_dist").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, provenance.StatusCode);
        Assert.Equal("bench-0004", options.NameOf(4));
    }

    private static async Task<List<JsonElement>> SimpleFilesAsync(EvidenceTestHost host, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"simple/{name}/");
        request.Headers.Add("Accept", SimpleJson);
        using var response = await host.Client.SendAsync(request);
        using var page = JsonDocument.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        return [.. page.RootElement.GetProperty("files").EnumerateArray().Select(static f => f.Clone())];
    }
}

using System.Net;
using System.Text.Json;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class IntegrityApiTests
{
    [Theory]
    [InlineData("integrity/sampleproject/4.0.0/sampleproject-4.0.0.tar.gz/provenance", "data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json")]
    [InlineData("integrity/pypi-attestations/0.0.19/pypi_attestations-0.0.19.tar.gz/provenance", "data/pypi-integrity/pypi_attestations-0.0.19.tar.gz.provenance.json")]
    public async Task Provenance_RealObject_IsServedByteForByte(string path, string shared)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf(shared)), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("max-age=600, public", response.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Provenance_Sampleproject_NamesThePublisherRepository()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var json = await host.GetJsonAsync("integrity/sampleproject/4.0.0/sampleproject-4.0.0.tar.gz/provenance");

        var publisher = json.RootElement.GetProperty("attestation_bundles")[0].GetProperty("publisher");
        Assert.Equal("pypa/sampleproject", publisher.GetProperty("repository").GetString());
    }

    [Fact]
    public async Task Provenance_UnattestedFile_Answers404WithPypisMessage()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("integrity/requests/2.19.0/requests-2.19.0.tar.gz/provenance");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("No provenance available for requests-2.19.0.tar.gz", json.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("application/vnd.pypi.integrity.v1+json", "application/vnd.pypi.integrity.v1+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Provenance_Accept_ChoosesTheMediaType(string accept, string expected)
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "integrity/sampleproject/4.0.0/sampleproject-4.0.0.tar.gz/provenance");
        request.Headers.Add("Accept", accept);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Provenance_AcceptOffersNoJson_Answers406()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "integrity/sampleproject/4.0.0/sampleproject-4.0.0.tar.gz/provenance");
        request.Headers.Add("Accept", "text/html");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}

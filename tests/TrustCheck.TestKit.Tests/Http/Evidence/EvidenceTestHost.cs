using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

/// <summary>A started <see cref="EvidenceServer"/> and a plain <see cref="HttpClient"/> on it that does not follow redirects.</summary>
internal sealed class EvidenceTestHost : IAsyncDisposable
{
    private EvidenceTestHost(EvidenceServer server, HttpClient client)
    {
        Server = server;
        Client = client;
    }

    public EvidenceServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<EvidenceTestHost> StartAsync(bool loadSharedData = true, TimeSpan? timeout = null)
    {
        var server = await EvidenceServer.StartAsync();
        if (loadSharedData)
        {
            server.LoadSharedData();
        }

        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = server.BaseUrl,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        return new EvidenceTestHost(server, client);
    }

    public async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string path, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await Client.PostAsync(path, content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

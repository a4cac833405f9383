using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Tuf;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http;
using TrustCheck.TestKit.Tuf;

namespace TrustCheck.Attestations.Tests.Tuf;

/// <summary>
/// Serves the shared copy of Sigstore's production TUF repository (read in place) on a loopback HTTP server, with
/// per-test edits, and builds clients against it with the repository's test clock.
/// </summary>
internal sealed class TufRepositoryFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset TestClock = new(2026, 8, 22, 0, 0, 0, TimeSpan.Zero);

    private TufRepositoryFixture(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    public FixedTimeProvider Clock { get; } = new(TestClock);

    public InMemoryTufMetadataStore Store { get; } = new();

    public static string Production => SharedData.PathOf("vectors/tuf/sigstore-production");

    public static string History => SharedData.PathOf("vectors/tuf/sigstore-production-history");

    public static string TrustedRootTarget => "targets/6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66.trusted_root.json";

    public static async Task<TufRepositoryFixture> StartAsync()
    {
        var server = await LoopbackServer.StartAsync();
        server.ServeDirectory(Production);
        return new TufRepositoryFixture(server);
    }

    public static TufRootPin PinOf(int version) =>
        new(version, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Production, $"{version}.root.json")))));

    public TufClient Client(TufRootPin pin) =>
        new(new HttpTufRemote(new HttpClient(), Server.BaseUrl), Store, pin, Clock);

    public Task<TufTargetResult> TrustedRootAsync(int pinnedVersion = 15) => Client(PinOf(pinnedVersion)).GetTargetAsync("trusted_root.json");

    /// <summary>Serves an edited copy of a shared metadata file: the JSON is parsed, edited and re-serialized.</summary>
    public void ServeEdited(string path, string sourceFile, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(sourceFile))!.AsObject();
        edit(node);
        Server.Serve(path, JsonSerializer.SerializeToUtf8Bytes(node));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

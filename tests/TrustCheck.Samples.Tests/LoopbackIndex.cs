using System.Text.Json;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Samples.Tests;

/// <summary>
/// The TestKit's loopback PyPI, Simple API and OSV server with the shared data loaded, once per test class, and the
/// host settings (<c>--TrustCheck:…=…</c>) that point a sample at it, offline.
/// </summary>
public sealed class LoopbackIndex : IAsyncLifetime
{
    public EvidenceServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The settings for a sample run whose cache and state live under <paramref name="scratch"/>.</summary>
    /// <param name="scratch">A folder of the test's own.</param>
    /// <param name="trustedRoot">The Sigstore trusted root; null for the production one (the recorded provenance).</param>
    /// <returns>The command-line settings.</returns>
    public IReadOnlyList<string> Settings(string scratch, string? trustedRoot = null) =>
    [
        $"--TrustCheck:Sources:PyPiUrl={Server.PypiUrl.AbsoluteUri}",
        $"--TrustCheck:Sources:IndexUrl={Server.IndexUrl.AbsoluteUri}",
        $"--TrustCheck:Sources:OsvUrl={Server.OsvUrl.AbsoluteUri}",
        $"--TrustCheck:Sources:TrustedRootFile={trustedRoot ?? SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")}",
        $"--TrustCheck:Sources:PopularPackagesFile={SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json")}",
        $"--TrustCheck:Paths:CacheDirectory={Path.Combine(scratch, "cache")}",
        $"--TrustCheck:Paths:StateDirectory={Path.Combine(scratch, "state")}",
    ];

    /// <summary>The files the loopback index publishes for a release, with their SHA-256 digests, as it serves them.</summary>
    /// <param name="name">The project.</param>
    /// <param name="version">The version.</param>
    /// <returns>File name → digest.</returns>
    public async Task<Dictionary<string, string>> PublishedDigestsAsync(string name, string version)
    {
        using var http = new HttpClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(Server.PypiUrl, $"pypi/{name}/{version}/json")));
        return document.RootElement.GetProperty("urls").EnumerateArray()
            .ToDictionary(u => u.GetProperty("filename").GetString()!, u => u.GetProperty("digests").GetProperty("sha256").GetString()!, StringComparer.Ordinal);
    }
}

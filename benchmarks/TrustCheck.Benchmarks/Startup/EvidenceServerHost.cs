using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Benchmarks.Startup;

/// <summary>
/// <c>--serve-evidence</c>: the tests' loopback index with the shared recorded data, kept up for whole-process timings
/// of the tool (<c>benchmarks/startup/run.sh</c>). Prints one <c>NAME=URL</c> line per endpoint, then serves until its
/// standard input closes.
/// </summary>
internal static class EvidenceServerHost
{
    public static async Task<int> RunAsync()
    {
        await using var server = (await EvidenceServer.StartAsync()).LoadSharedData();
        Console.WriteLine($"PYPI_URL={server.PypiUrl.AbsoluteUri}");
        Console.WriteLine($"INDEX_URL={server.IndexUrl.AbsoluteUri}");
        Console.WriteLine($"OSV_URL={server.OsvUrl.AbsoluteUri}");
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        return 0;
    }
}

using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>Runs <c>trustcheck inspect</c> against a loopback index, with its own cache directory.</summary>
internal static class InspectCli
{
    public static string ProductionTrustedRoot => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    public static Task<CliRun> RunAsync(EvidenceServer server, string cacheDirectory, string trustedRoot, params string[] args) =>
        CliRun.InvokeAsync([
            "inspect", .. args,
            "--pypi-url", server.PypiUrl.AbsoluteUri,
            "--index-url", server.IndexUrl.AbsoluteUri,
            "--osv-url", server.OsvUrl.AbsoluteUri,
            "--trusted-root", trustedRoot,
            "--cache-dir", cacheDirectory,
        ]);
}

using System.Runtime.CompilerServices;
using System.Text;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Reports;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>
/// The fixture of the <c>trustcheck inspect</c> tests: a loopback index serving the shared data, a scratch folder
/// (its <c>cache</c> subfolder is the cache), the command line run against both, and report approval.
/// </summary>
public abstract class InspectCliTests : IAsyncLifetime, IDisposable
{
    protected static string ProductionTrustedRoot => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    protected static string PopularNames => SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json");

    protected TemporaryDirectory Scratch { get; } = new();

    protected EvidenceServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose()
    {
        Scratch.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected Task<CliRun> InspectAsync(params string[] args) => InspectWithRootAsync(ProductionTrustedRoot, args);

    private protected Task<CliRun> InspectWithRootAsync(string trustedRoot, params string[] args) =>
        CliRun.InvokeAsync([
            "inspect", .. args,
            "--pypi-url", Server.PypiUrl.AbsoluteUri,
            "--index-url", Server.IndexUrl.AbsoluteUri,
            "--osv-url", Server.OsvUrl.AbsoluteUri,
            "--trusted-root", trustedRoot,
            "--popular-names", PopularNames,
            "--cache-dir", Path.Combine(Scratch.Path, "cache"),
        ]);

    private protected void Approve(CliRun run, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "") =>
        ReportApprovals.Approve(Encoding.UTF8.GetBytes(run.Output), Server.BaseUrl, wallClock: true, sourceFile: sourceFile, testName: testName);
}

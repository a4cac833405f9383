using System.CommandLine;
using BenchmarkDotNet.Attributes;
using TrustCheck.Cli;
using TrustCheck.Reporting;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Benchmarks.Reporting;

/// <summary>
/// Writing the report of <c>inspect synthetic-pkg-0100 --with-transitive-deps</c> (100 packages, from the loopback
/// index in setup) in each format. The baseline is the source-generated JSON serializer, which writes every field of
/// the report (about 670 KB); the text, SARIF and Markdown forms carry less, so their ratio to it shows what their
/// layout costs.
/// </summary>
[MemoryDiagnoser]
public class ReportSerializationBenchmarks
{
    private const int PackageCount = 100;
    private TrustReport _report = null!;
    private readonly IReportWriter<TrustReport>[] _writers = new IReportWriter<TrustReport>[4];

    [GlobalSetup]
    public void Setup()
    {
        var root = Directory.CreateTempSubdirectory("trustcheck-report-bench-").FullName;
        Environment.SetEnvironmentVariable("TRUSTCHECK_STATE_DIR", Path.Combine(root, "state"));
        var server = EvidenceServer.StartAsync().GetAwaiter().GetResult();
        try
        {
            server.AddSyntheticPackages(PackageCount, new SyntheticPackageOptions { DependencyCount = 10 });
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = TrustCheckCommandLine.InvokeAsync(
                [
                    "inspect", "synthetic-pkg-0100", "--with-transitive-deps", "--format", "json",
                    "--pypi-url", server.PypiUrl.AbsoluteUri, "--index-url", server.IndexUrl.AbsoluteUri, "--osv-url", server.OsvUrl.AbsoluteUri,
                    "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), "--cache-dir", Path.Combine(root, "cache"),
                    "--popular-names", SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"),
                ],
                new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
            if (exit is not (0 or 4))
            {
                throw new InvalidOperationException($"inspect exited {exit}: {error}");
            }

            var json = System.Text.Encoding.UTF8.GetBytes(output.ToString());
            _report = TrustReportJson.Deserialize(json);
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Directory.Delete(root, recursive: true);
        }

        string[] formats = ["json", "text", "sarif", "markdown"];
        for (var i = 0; i < formats.Length; i++)
        {
            _ = ReportWriters.TryGet(formats[i], out IReportWriter<TrustReport>? writer);
            _writers[i] = writer ?? throw new InvalidOperationException($"No {formats[i]} writer.");
        }
    }

    /// <summary>The report to JSON bytes (what <c>--format json</c> writes): the baseline the other formats are held to.</summary>
    [Benchmark(Baseline = true)]
    public int Json() => TrustReportJson.Serialize(_report).Length;

    [Benchmark]
    public int JsonWriter() => Write(0);

    [Benchmark]
    public int Text() => Write(1);

    [Benchmark]
    public int Sarif() => Write(2);

    [Benchmark]
    public int Markdown() => Write(3);

    private int Write(int index)
    {
        using var output = new StringWriter();
        _writers[index].WriteAsync(_report, output, ReportWriterOptions.Default).GetAwaiter().GetResult();
        return output.GetStringBuilder().Length;
    }
}

using BenchmarkDotNet.Attributes;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.TestKit;

namespace TrustCheck.Benchmarks.Artifacts;

/// <summary>
/// Release-contents analysis of the real pip-25.0.1 wheel (438 members, 5.8 MB uncompressed): against its baseline
/// pip-24.2 (target ≤ 150 ms, single thread, allocations reported) and alone.
/// </summary>
[MemoryDiagnoser]
public class ArtifactAnalysisBenchmarks
{
    private ArtifactInput _release = null!;
    private ArtifactInput _baseline = null!;
    private byte[] _releaseBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _release = Load("pip-25.0.1-py3-none-any.whl");
        _releaseBytes = File.ReadAllBytes(SharedData.PathOf("data/wheels/pip-25.0.1-py3-none-any.whl"));
        _baseline = Load("pip-24.2-py3-none-any.whl");
    }

    /// <summary>The floor: inflating every member of the release once, which any analysis of its contents must do.</summary>
    [Benchmark(Baseline = true)]
    public long InflateEveryMemberFloor()
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(_releaseBytes), System.IO.Compression.ZipArchiveMode.Read);
        var total = 0L;
        var buffer = new byte[81920];
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
            }
        }

        return total;
    }

    [Benchmark]
    public int AnalyzeAgainstBaseline() => ArtifactAnalyzer.Analyze(_release, _baseline).Findings.Count;

    [Benchmark]
    public int AnalyzeAlone() => ArtifactAnalyzer.Analyze(_release).Findings.Count;

    private static ArtifactInput Load(string file)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("data/wheels/" + file));
        return new ArtifactInput(file, bytes, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }
}

using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Findings;
using Xunit.Abstractions;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>
/// The false-positive baseline: each real wheel analysed against its previous release here (or alone, the first of its
/// series) gives no high or critical finding; what it does give is printed for the reader.
/// </summary>
public sealed class RealReleaseAnalysisTests(ITestOutputHelper output)
{
    public static TheoryData<string, string?> Releases()
    {
        var data = new TheoryData<string, string?>();
        foreach (var (file, previous) in RealWheels.Series)
        {
            data.Add(file, previous);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Analyze_RealReleaseAgainstItsPrevious_HasNoHighOrCriticalFinding(string file, string? previous)
    {
        var analysis = ArtifactAnalyzer.Analyze(RealWheels.Input(file), previous is null ? null : RealWheels.Input(previous));

        foreach (var finding in analysis.Findings)
        {
            output.WriteLine($"{finding.Severity,-8} {finding.Code} {finding.Message}");
        }

        Assert.Equal(previous, analysis.Baseline);
        Assert.DoesNotContain(analysis.Findings, f => f.Severity >= ArtifactSeverity.High);
    }
}

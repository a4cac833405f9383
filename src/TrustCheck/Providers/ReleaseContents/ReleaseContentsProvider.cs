using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Metadata;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.ReleaseContents;

/// <summary>
/// The built-in <c>release-contents</c> provider (<c>--inspect-artifacts</c>): each downloaded file of the release is
/// analysed by <see cref="ArtifactAnalyzer"/> against its baseline (the previous release's file of the same kind) and
/// against the metadata the index published. Without <c>--inspect-artifacts</c> its signal is skipped. See
/// docs/signals/release-contents.md.
/// </summary>
internal sealed class ReleaseContentsProvider : ISignalProvider
{
    /// <summary>The provider's stable name.</summary>
    public const string ProviderName = "release-contents";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = context.Evidence;
        if (!context.Options.InspectArtifacts)
        {
            return Task.FromResult(new Signal { Provider = Name, Status = SignalStatus.Skipped, Error = "the release's files were not downloaded; run with --inspect-artifacts (InspectionOptions.InspectArtifacts) to analyse them" });
        }

        var published = new PublishedMetadata(evidence.Release.Info.Name, evidence.Release.Info.Version, evidence.PrivateIndex is null ? evidence.Release.Info.RequiresDist : null, evidence.PrivateIndex is null ? evidence.Release.Info.RequiresPython : null);
        var findings = new List<Finding>();
        foreach (var file in evidence.Contents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(Analyse(file, published));
        }

        return Task.FromResult(Signal.Of(Name, findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Code, StringComparer.Ordinal).ToList()));
    }

    private static List<Finding> Analyse(DistributionContent file, PublishedMetadata published)
    {
        if (file.Problem is { } problem)
        {
            return [NotAnalysed(file.Filename, file.Filename, problem)];
        }

        var findings = new List<Finding>();
        var baseline = file.Baseline;
        if (baseline?.Problem is { } baselineProblem)
        {
            findings.Add(new Finding
            {
                Code = ReleaseContentsCodes.BaselineNotAnalysed,
                Severity = Severity.Low,
                Message = $"{file.Filename} was analysed without a baseline: {baseline.Filename} {baselineProblem}.",
                Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = file.Filename, ["baseline"] = baseline.Filename, ["problem"] = baselineProblem },
            });
            baseline = null;
        }
        else if (baseline is null)
        {
            findings.Add(new Finding
            {
                Code = ReleaseContentsCodes.NoBaseline,
                Severity = Severity.Info,
                Message = $"{file.Filename} has no earlier release's file of the same kind to compare with: what it runs is reported, not what is new.",
                Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = file.Filename },
            });
        }

        ArtifactAnalysis analysis;
        try
        {
            analysis = ArtifactAnalyzer.Analyze(
                new ArtifactInput(file.Filename, file.Content, file.Sha256),
                baseline is null ? null : new ArtifactInput(baseline.Filename, baseline.Content, baseline.Sha256),
                published);
        }
        catch (ArgumentException error)
        {
            // A name the analysis cannot read as a distribution (or a baseline of another kind): this file is not analysed.
            findings.Add(NotAnalysed(file.Filename, file.Filename, error.Message));
            return findings;
        }

        findings.AddRange(analysis.Findings.Select(f => ToFinding(f, analysis)));
        return findings;
    }

    private static Finding ToFinding(ArtifactFinding finding, ArtifactAnalysis analysis)
    {
        var evidence = new Dictionary<string, string>(finding.Evidence, StringComparer.Ordinal) { ["file"] = analysis.Filename };
        return new Finding
        {
            Code = finding.Code,
            Severity = (Severity)(int)finding.Severity,
            Message = $"{analysis.Filename}: {finding.Message}",
            Evidence = evidence,
            Remediation = finding.Severity >= ArtifactSeverity.High
                ? $"Do not install {analysis.Filename} before reading the code this points at{(analysis.Baseline is null ? string.Empty : $" and comparing it with {analysis.Baseline}")}; report a compromised release to the project and to PyPI."
                : null,
        };
    }

    private static Finding NotAnalysed(string file, string which, string problem) => new()
    {
        Code = ReleaseContentsCodes.NotAnalysed,
        Severity = Severity.High,
        Message = $"{which} could not be analysed: {problem}.",
        Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = file, ["member"] = which, ["problem"] = problem },
        Remediation = "Inspect again; if the bytes still do not match the published digest, do not install the release.",
    };
}

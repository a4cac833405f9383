using System.Runtime.InteropServices;
using System.Security.Cryptography;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Assessment;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Metadata;
using TrustCheck.Artifacts.Wheels;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Analysis;

/// <summary>
/// Analyses a wheel or sdist: safe archive reading, wheel integrity, its metadata against its name and the index,
/// its execution surface and source capabilities — each weighed against the previous release's file when given.
/// </summary>
public static class ArtifactAnalyzer
{
    /// <summary>Analyses one file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="baseline">The previous release's file of the same kind, or null.</param>
    /// <param name="published">What the index published for the release, or null (offline analysis).</param>
    /// <param name="limits">Archive limits; the defaults when null.</param>
    /// <returns>The findings, most severe first.</returns>
    /// <exception cref="ArgumentException">A file name is not a wheel or sdist name, or the baseline is of another kind.</exception>
    public static ArtifactAnalysis Analyze(ArtifactInput file, ArtifactInput? baseline = null, PublishedMetadata? published = null, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = ParseName(file.Filename, nameof(file));
        var baselineName = baseline is null ? null : ParseName(baseline.Filename, nameof(baseline));
        if (baselineName is not null && baselineName.Kind != name.Kind)
        {
            throw new ArgumentException($"The baseline {baseline!.Filename} is not of the same kind as {file.Filename}.", nameof(baseline));
        }

        var contents = Read(file, limits);
        var findings = new List<ArtifactFinding>(contents.Findings);
        if (name.Kind == DistributionKind.Wheel)
        {
            Stage("wheel integrity", findings, () => findings.AddRange(WheelIntegrity.Check(file.Filename, contents)));
        }

        Stage("metadata", findings, () => findings.AddRange(MetadataCheck.Check(name, contents, published)));
        ReleaseProfile? previous = null;
        if (baseline is not null)
        {
            Stage("baseline", findings, () =>
            {
                var baselineContents = Read(baseline, limits);
                if (baselineContents.Incomplete || baselineContents.Findings.Any(f => f.Severity >= ArtifactSeverity.High))
                {
                    findings.Add(new ArtifactFinding(AnalysisCodes.BaselineIncomplete, ArtifactSeverity.Medium,
                        $"The baseline {baseline.Filename} could not be read completely ({string.Join("; ", baselineContents.Findings.Select(f => f.Code).Distinct())}): what is new is measured against less than the previous release.",
                        new Dictionary<string, string>(StringComparer.Ordinal) { ["baseline"] = baseline.Filename }));
                }

                previous = ReleaseProfile.Build(baselineName!, baselineContents);
            });
        }

        Stage("release contents", findings, () => findings.AddRange(ReleaseAssessment.Assess(ReleaseProfile.Build(name, contents, previous), previous)));

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.TryGetValue("member", out var member) ? member : string.Empty, StringComparer.Ordinal)
            .ToList();
        return new ArtifactAnalysis(file.Filename, file.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(file.Content.Span)), name.Kind, baseline?.Filename, ordered);
    }

    /// <summary>Runs one stage; a failure on hostile input is a finding that says what was not checked, never an exception.</summary>
    private static void Stage(string stage, List<ArtifactFinding> findings, Action run)
    {
        try
        {
            run();
        }
        catch (Exception error) when (error is not (OperationCanceledException or OutOfMemoryException))
        {
            findings.Add(new ArtifactFinding(AnalysisCodes.Incomplete, ArtifactSeverity.High,
                $"The {stage} check failed on this file ({error.GetType().Name}: {error.Message}): what it checks is unknown.",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["stage"] = stage, ["error"] = error.GetType().Name }));
        }
    }

    private static DistributionFilename ParseName(string filename, string parameter) =>
        DistributionFilename.TryParse(filename, out var parsed) && SafeArchiveReader.FormatOf(filename) is not null
            ? parsed
            : throw new ArgumentException($"'{filename}' is not the name of a wheel or sdist (.whl, .tar.gz, .zip).", parameter);

    private static ArchiveContents Read(ArtifactInput file, ArchiveLimits? limits)
    {
        using var stream = MemoryMarshal.TryGetArray(file.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(file.Content.ToArray(), writable: false);
        return SafeArchiveReader.Read(stream, SafeArchiveReader.FormatOf(file.Filename)!.Value, limits);
    }
}

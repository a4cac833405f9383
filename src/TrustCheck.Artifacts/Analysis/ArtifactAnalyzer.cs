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
            findings.AddRange(WheelIntegrity.Check(file.Filename, contents));
        }

        findings.AddRange(MetadataCheck.Check(name, contents, published));
        var previous = baseline is null ? null : ReleaseProfile.Build(baselineName!, Read(baseline, limits));
        findings.AddRange(ReleaseAssessment.Assess(ReleaseProfile.Build(name, contents, previous), previous));

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.TryGetValue("member", out var member) ? member : string.Empty, StringComparer.Ordinal)
            .ToList();
        return new ArtifactAnalysis(file.Filename, file.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(file.Content.Span)), name.Kind, baseline?.Filename, ordered);
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

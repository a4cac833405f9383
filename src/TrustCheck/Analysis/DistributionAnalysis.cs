using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Archives;
using TrustCheck.LocalFiles;
using TrustCheck.Packaging;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Analysis;

/// <summary>
/// <c>trustcheck analyze</c>: local wheels and sdists analysed offline by <see cref="ArtifactAnalyzer"/>, each file
/// compared with the baseline when it is of the same kind.
/// </summary>
public static class DistributionAnalysis
{
    /// <summary>Analyses local distribution files.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="baselinePath">The previous release's file, or null.</param>
    /// <param name="cancellationToken">Cancels the analysis between files.</param>
    /// <returns>The report, one entry per file in the order given.</returns>
    /// <exception cref="InvalidDataException">A file name is not a wheel or sdist name.</exception>
    /// <exception cref="LocalDocumentException">A file cannot be read (missing, not a regular file, too large).</exception>
    public static async Task<AnalyzeReport> AnalyzeFilesAsync(IReadOnlyList<string> paths, string? baselinePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var baseline = baselinePath is null ? null : await ReadAsync(baselinePath, cancellationToken).ConfigureAwait(false);
        var files = new List<AnalyzedFileReport>(paths.Count);
        foreach (var path in paths)
        {
            var file = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            var comparable = baseline is not null && KindOf(baseline.Filename) == KindOf(file.Filename) ? baseline : null;
            files.Add(AnalysisReports.ToReport(ArtifactAnalyzer.Analyze(file, comparable)));
        }

        return new AnalyzeReport { Files = files };
    }

    private static async Task<ArtifactInput> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (KindOf(name) is null)
        {
            throw new InvalidDataException($"'{path}' is not a readable distribution: its name is not a wheel or sdist name (name-version[-build]-tags.whl, name-version.tar.gz or .zip).");
        }

        var bytes = await LocalDocument.ReadAsync(path, DocumentLimits.Distribution, "distribution file", cancellationToken).ConfigureAwait(false);
        return new ArtifactInput(name, bytes);
    }

    private static DistributionKind? KindOf(string filename) =>
        DistributionFilename.TryParse(filename, out var parsed) && SafeArchiveReader.FormatOf(filename) is not null ? parsed.Kind : null;
}

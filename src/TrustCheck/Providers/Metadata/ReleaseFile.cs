using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Release;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Metadata;

/// <summary>One file of the release, as the metadata checks need it.</summary>
/// <param name="Filename">The file name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="UploadTime">When it was uploaded, when known.</param>
/// <param name="Yanked">Whether it is yanked.</param>
/// <param name="YankedReason">Why, when a reason was given.</param>
/// <param name="RequiresPython">Its <c>Requires-Python</c>, when it states one.</param>
internal sealed record ReleaseFile(string Filename, ReleaseFileKind Kind, DateTimeOffset? UploadTime, bool Yanked, string? YankedReason, string? RequiresPython)
{
    private static readonly string[] SourceExtensions = [".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tar", ".zip"];

    /// <summary>
    /// The release's files: the evidence's files (with verified provenance) when it has any, otherwise the JSON API's
    /// file list for the release.
    /// </summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The files.</returns>
    public static IReadOnlyList<ReleaseFile> Of(ReleaseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Files.Count > 0
            ? evidence.Files.Select(From).ToList()
            : evidence.Release.Files.Select(From).ToList();
    }

    /// <summary>
    /// The kind of a file: from PyPI's package type when given (<c>sdist</c>, <c>bdist_wheel</c>, any other
    /// <c>bdist_*</c> is legacy), otherwise from its name (PEP 427 wheel, PEP 625 or legacy sdist archive).
    /// </summary>
    /// <param name="filename">The file name.</param>
    /// <param name="packageType">PyPI's package type, when known.</param>
    /// <returns>The kind.</returns>
    public static ReleaseFileKind KindOf(string filename, string? packageType)
    {
        ArgumentNullException.ThrowIfNull(filename);
        switch (packageType)
        {
            case "sdist":
                return ReleaseFileKind.SourceDistribution;
            case "bdist_wheel":
                return ReleaseFileKind.Wheel;
            case { Length: > 0 }:
                return ReleaseFileKind.Legacy;
        }

        if (DistributionFilename.TryParse(filename, out var parsed))
        {
            return parsed.Kind == DistributionKind.Wheel ? ReleaseFileKind.Wheel : ReleaseFileKind.SourceDistribution;
        }

        return filename.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) ? ReleaseFileKind.Wheel
            : SourceExtensions.Any(e => filename.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? ReleaseFileKind.SourceDistribution
            : ReleaseFileKind.Legacy;
    }

    private static ReleaseFile From(DistributionEvidence file) =>
        new(file.Filename, KindOf(file.Filename, file.PackageType), file.UploadTime, file.Yanked, Blank(file.YankedReason), Blank(file.RequiresPython));

    private static ReleaseFile From(PyPiFile file) =>
        new(file.Filename, KindOf(file.Filename, file.PackageType), file.UploadTime, file.Yanked, Blank(file.YankedReason), Blank(file.RequiresPython));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Metadata;

/// <summary>
/// Holds a file's own core metadata against its file name and, when analysed through <c>inspect</c>, against what the
/// index published: what pip installs comes from the file, what a reviewer read came from the index.
/// </summary>
public static class MetadataCheck
{
    /// <summary>Checks the metadata of a wheel (<c>.dist-info/METADATA</c>) or sdist (<c>PKG-INFO</c>).</summary>
    /// <param name="file">The parsed file name.</param>
    /// <param name="contents">The archive's members.</param>
    /// <param name="published">What the index published, or null.</param>
    /// <returns>The findings; empty when everything agrees.</returns>
    public static IReadOnlyList<ArtifactFinding> Check(DistributionFilename file, ArchiveContents contents, PublishedMetadata? published)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(contents);
        var findings = new List<ArtifactFinding>();
        var member = MetadataMember(file, contents);
        if (member is null)
        {
            findings.Add(Finding(MetadataCodes.FileMismatch, ArtifactSeverity.High, $"{file.Filename} has no {(file.Kind == DistributionKind.Wheel ? ".dist-info/METADATA" : "PKG-INFO")}: nothing in the file says what it installs.", file.Kind == DistributionKind.Wheel ? "METADATA" : "PKG-INFO"));
            return findings;
        }

        var metadata = CoreMetadata.Parse(member.Content.Span);
        if (!SameName(metadata.Name, file.Name.Normalized) || !SameVersion(metadata.Version, file.Version))
        {
            findings.Add(Finding(MetadataCodes.FileMismatch, ArtifactSeverity.High, $"{member.Path} names {metadata.Name ?? "no project"} {metadata.Version ?? "(no version)"}, but the file is {file.Name} {file.Version}.", member.Path));
        }

        if (published is not null)
        {
            CheckAgainstIndex(file, member.Path, metadata, published, findings);
        }

        return findings;
    }

    private static void CheckAgainstIndex(DistributionFilename file, string path, CoreMetadata metadata, PublishedMetadata published, List<ArtifactFinding> findings)
    {
        if (!SameName(metadata.Name, PackageName.TryParse(published.Name, out var name) ? name.Normalized : published.Name)
            || !SameVersion(metadata.Version, PythonVersion.TryParse(published.Version, out var version) ? version : null))
        {
            findings.Add(Finding(MetadataCodes.IndexIdentityMismatch, ArtifactSeverity.High, $"{path} names {metadata.Name} {metadata.Version}, but the index published {published.Name} {published.Version}.", path));
        }

        if (file.Kind != DistributionKind.Wheel)
        {
            return;
        }

        if (published.RequiresDist is { } requires && !Requirements(requires).SetEquals(Requirements(metadata.RequiresDist)))
        {
            var added = Requirements(metadata.RequiresDist).Except(Requirements(requires)).Order(StringComparer.Ordinal).ToList();
            var removed = Requirements(requires).Except(Requirements(metadata.RequiresDist)).Order(StringComparer.Ordinal).ToList();
            findings.Add(new ArtifactFinding(MetadataCodes.IndexRequirementsMismatch, ArtifactSeverity.Medium,
                $"{path} requires other dependencies than the index published: pip installs what the file says ({(added.Count == 0 ? "nothing more" : "also " + string.Join(", ", added))}; {(removed.Count == 0 ? "nothing less" : "not " + string.Join(", ", removed))}).",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = path, ["added"] = string.Join("\n", added), ["removed"] = string.Join("\n", removed) }));
        }

        if (published.RequiresPython is { } python && Compact(python) != Compact(metadata.RequiresPython ?? string.Empty))
        {
            findings.Add(new ArtifactFinding(MetadataCodes.IndexRequirementsMismatch, ArtifactSeverity.Medium,
                $"{path} gives Requires-Python '{metadata.RequiresPython}', the index published '{python}'.",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = path, ["file"] = metadata.RequiresPython ?? string.Empty, ["index"] = python }));
        }
    }

    private static ArchiveMember? MetadataMember(DistributionFilename file, ArchiveContents contents) =>
        contents.Members.FirstOrDefault(m => file.Kind == DistributionKind.Wheel
            ? m.Path.Count(c => c == '/') == 1 && m.Path.EndsWith(".dist-info/METADATA", StringComparison.Ordinal)
            : m.Path.Count(c => c == '/') == 1 && m.Path.EndsWith("/PKG-INFO", StringComparison.Ordinal));

    private static bool SameName(string? declared, string normalized) =>
        declared is not null && PackageName.TryParse(declared, out var name) && name.Normalized == normalized;

    private static bool SameVersion(string? declared, PythonVersion? expected) =>
        declared is not null && expected is not null && PythonVersion.TryParse(declared, out var version) && version == expected;

    private static HashSet<string> Requirements(IEnumerable<string> lines) =>
        lines.Select(line => Requirement.TryParse(line, out var parsed) ? parsed.ToString() : Compact(line)).ToHashSet(StringComparer.Ordinal);

    private static string Compact(string text) => string.Join(',', text.Replace(" ", string.Empty, StringComparison.Ordinal).Split(',').Order(StringComparer.Ordinal));

    private static ArtifactFinding Finding(string code, ArtifactSeverity severity, string message, string member) =>
        new(code, severity, message, new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = member });
}

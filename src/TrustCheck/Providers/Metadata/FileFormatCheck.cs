using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1003, TC1004, TC1009 and TC1011: what the release offers to install. No file at all is Medium (nothing to
/// install or verify; files are removed from releases for cause). Source only is Low: installing it runs the
/// project's build code on the installing machine. Only legacy formats (eggs, Windows installers) is Low: pip installs
/// none of them. Wheels without a source distribution is Info: the release cannot be rebuilt or audited from source
/// through the index alone.
/// </summary>
internal sealed class FileFormatCheck : IReleaseMetadataCheck
{
    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var evidence = context.Evidence;
        var version = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = evidence.Version };
        if (files.Count == 0)
        {
            yield return new Finding
            {
                Code = MetadataCodes.NoFiles,
                Severity = Severity.Medium,
                Message = $"{evidence.Name} {evidence.Version} has no files.",
                Evidence = version,
                Remediation = "Nothing can be installed or verified for this release; find out why its files are missing before depending on the project.",
            };
            yield break;
        }

        var sources = files.Where(f => f.Kind == ReleaseFileKind.SourceDistribution).Select(f => f.Filename).ToList();
        var wheels = files.Where(f => f.Kind == ReleaseFileKind.Wheel).Select(f => f.Filename).ToList();
        if (sources.Count > 0 && wheels.Count == 0)
        {
            yield return new Finding
            {
                Code = MetadataCodes.SourceOnly,
                Severity = Severity.Low,
                Message = $"{evidence.Name} {evidence.Version} has no wheel: installing it builds the source distribution, which runs its build code.",
                Evidence = new Dictionary<string, string>(version, StringComparer.Ordinal) { ["files"] = string.Join(", ", sources) },
                Remediation = "Build the wheel once in an isolated environment and install from it, or prefer a release that publishes wheels (pip --only-binary :all:).",
            };
        }
        else if (wheels.Count > 0 && sources.Count == 0)
        {
            yield return new Finding
            {
                Code = MetadataCodes.NoSourceDistribution,
                Severity = Severity.Info,
                Message = $"{evidence.Name} {evidence.Version} publishes wheels but no source distribution.",
                Evidence = new Dictionary<string, string>(version, StringComparer.Ordinal) { ["files"] = string.Join(", ", wheels) },
                Remediation = "To audit or rebuild it, use the project's source repository at the tag of this release.",
            };
        }
        else if (wheels.Count == 0 && sources.Count == 0)
        {
            yield return new Finding
            {
                Code = MetadataCodes.LegacyFormatsOnly,
                Severity = Severity.Low,
                Message = $"{evidence.Name} {evidence.Version} has only legacy built formats, which pip does not install.",
                Evidence = new Dictionary<string, string>(version, StringComparer.Ordinal) { ["files"] = string.Join(", ", files.Select(f => f.Filename)) },
                Remediation = "Use a release that publishes wheels or a source distribution.",
            };
        }
    }
}

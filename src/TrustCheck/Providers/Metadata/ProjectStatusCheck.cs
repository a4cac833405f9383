using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1006: the PEP 792 project status the main index reports. Quarantined is High: the index considers the project
/// unsafe (typically suspected malware) pending review. Archived is Medium: the maintainers will publish no more
/// releases, so no more fixes. Deprecated is Low: still maintained for now, but on its way out. A status PEP 792 does
/// not define is Low, so that it is seen.
/// </summary>
internal sealed class ProjectStatusCheck : IReleaseMetadataCheck
{
    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = context.Evidence;
        if (evidence.IndexPage?.Status is not { } status || string.Equals(status.Status, "active", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        var name = status.Status.ToLowerInvariant();
        var (severity, meaning, remediation) = name switch
        {
            "quarantined" => (Severity.High, "is quarantined by the index (considered unsafe, typically suspected malware, pending review)", "Do not install it until the index lifts the quarantine; remove it where it is installed."),
            "archived" => (Severity.Medium, "is archived: its maintainers will publish no further releases, so no further fixes", "Plan a replacement, and watch its vulnerabilities closely: they will not be fixed."),
            "deprecated" => (Severity.Low, "is deprecated by its maintainers", "Plan a replacement; the index's reason may name one."),
            _ => (Severity.Low, $"has the project status '{status.Status}', which PEP 792 does not define", "Check what the index means by this status."),
        };
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["status"] = name, ["index"] = evidence.IndexPage.Index };
        if (!string.IsNullOrWhiteSpace(status.Reason))
        {
            data["reason"] = status.Reason;
        }

        yield return new Finding
        {
            Code = MetadataCodes.ProjectStatus,
            Severity = severity,
            Message = $"{evidence.Name} {meaning}" + (string.IsNullOrWhiteSpace(status.Reason) ? "." : $": {status.Reason}"),
            Evidence = data,
            Remediation = remediation,
        };
    }
}

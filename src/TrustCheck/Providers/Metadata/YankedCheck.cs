using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1001 and TC1002. A release is yanked when PyPI says so or when every one of its files is yanked (PEP 592 yanks
/// per file; PyPI yanks whole releases). High: the maintainers withdrew it, pip only installs it when it is pinned
/// exactly, and the reason is free text TrustCheck cannot verify — broken builds, but also security fixes and
/// compromised uploads, are yanked. A single yanked file of a release that is otherwise live is Medium.
/// </summary>
internal sealed class YankedCheck : IReleaseMetadataCheck
{
    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var evidence = context.Evidence;
        var info = evidence.Release.Info;
        if (info.Yanked || (files.Count > 0 && files.All(f => f.Yanked)))
        {
            var reason = string.IsNullOrWhiteSpace(info.YankedReason) ? files.Select(f => f.YankedReason).FirstOrDefault(r => r is not null) : info.YankedReason.Trim();
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = evidence.Version };
            if (reason is not null)
            {
                data["reason"] = reason;
            }

            yield return new Finding
            {
                Code = MetadataCodes.ReleaseYanked,
                Severity = Severity.High,
                Message = reason is null
                    ? $"{evidence.Name} {evidence.Version} is yanked; its maintainers gave no reason."
                    : $"{evidence.Name} {evidence.Version} is yanked: {reason}",
                Evidence = data,
                Remediation = "Do not pin a yanked release. Move to a release that is not yanked, and read the reason first: yanks also retract vulnerable or compromised uploads.",
            };
            yield break;
        }

        foreach (var file in files.Where(f => f.Yanked))
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = evidence.Version, ["file"] = file.Filename };
            if (file.YankedReason is not null)
            {
                data["reason"] = file.YankedReason;
            }

            yield return new Finding
            {
                Code = MetadataCodes.FileYanked,
                Severity = Severity.Medium,
                Message = file.YankedReason is null ? $"{file.Filename} is yanked." : $"{file.Filename} is yanked: {file.YankedReason}",
                Evidence = data,
                Remediation = "Make sure the installer does not pick the yanked file (pin the hashes of the files you intend to install).",
            };
        }
    }
}

using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1008: the release declares no license: no License field (setuptools' placeholder <c>UNKNOWN</c> counts as none),
/// no PEP 639 License-Expression and no <c>License ::</c> trove classifier. Low: not a security flaw, but nobody has
/// stated on what terms the code may be used, and it is a mark of a careless or hasty upload.
/// </summary>
internal sealed class LicenseCheck : IReleaseMetadataCheck
{
    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = context.Evidence;
        var info = evidence.Release.Info;
        var hasLicense = (!string.IsNullOrWhiteSpace(info.License) && !string.Equals(info.License.Trim(), "UNKNOWN", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(info.LicenseExpression)
            || info.Classifiers.Any(c => c.StartsWith("License ::", StringComparison.Ordinal));
        if (hasLicense)
        {
            yield break;
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = evidence.Version };
        if (info.LicenseFiles.Count > 0)
        {
            data["licenseFiles"] = string.Join(", ", info.LicenseFiles);
        }

        yield return new Finding
        {
            Code = MetadataCodes.MissingLicense,
            Severity = Severity.Low,
            Message = $"{evidence.Name} {evidence.Version} declares no license (no License, License-Expression or License :: classifier).",
            Evidence = data,
            Remediation = "Check the license in the project's source (or the listed license files) before depending on it.",
        };
    }
}

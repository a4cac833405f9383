using TrustCheck.Findings;
using TrustCheck.Packaging;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1005 and TC1010: <c>Requires-Python</c> against the inspection's target Python (<see cref="TargetPython"/>).
/// Installers read it per file (the index's <c>data-requires-python</c>), so when files state one the release is
/// excluded only if every file that states one excludes the target and no file is unconstrained; otherwise the release
/// metadata's value is used. Medium: the target cannot install this release, so a resolver will pick another one —
/// the release inspected is not the release that would be installed. A value that is not a valid specifier set is
/// ignored by installers (pip warns and installs anyway): Low, once per distinct value.
/// </summary>
internal sealed class RequiresPythonCheck : IReleaseMetadataCheck
{
    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var evidence = context.Evidence;
        var targetText = context.Options.Target.PythonVersion;
        var declared = files.Any(f => f.RequiresPython is not null)
            ? files.Select(f => f.RequiresPython).ToList()
            : [string.IsNullOrWhiteSpace(evidence.Release.Info.RequiresPython) ? null : evidence.Release.Info.RequiresPython.Trim()];

        var findings = new List<Finding>();
        var parsed = new Dictionary<string, VersionSpecifierSet?>(StringComparer.Ordinal);
        foreach (var text in declared.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            parsed[text] = VersionSpecifierSet.TryParse(text, out var set) ? set : null;
            if (parsed[text] is null)
            {
                findings.Add(new Finding
                {
                    Code = MetadataCodes.InvalidRequiresPython,
                    Severity = Severity.Low,
                    Message = $"{evidence.Name} {evidence.Version} declares Requires-Python '{text}', which is not a valid specifier set; installers ignore it.",
                    Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = evidence.Version, ["requiresPython"] = text },
                    Remediation = "The release does not say which Pythons it supports; test it on the target Python before relying on it.",
                });
            }
        }

        if (TargetPython.TryResolve(targetText, out var target)
            && declared.Count > 0
            && declared.All(text => text is not null && parsed[text] is { } set && !set.Contains(target, prereleases: true)))
        {
            var specifiers = declared.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            findings.Add(new Finding
            {
                Code = MetadataCodes.RequiresPythonExcludesTarget,
                Severity = Severity.Medium,
                Message = $"{evidence.Name} {evidence.Version} requires Python {string.Join(" or ", specifiers)}, which excludes the target Python {targetText} (compared as {target}, as pip does).",
                Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["version"] = evidence.Version,
                    ["requiresPython"] = string.Join(" | ", specifiers),
                    ["targetPython"] = targetText,
                    ["comparedAs"] = target.ToString(),
                },
                Remediation = "Inspect the release your target Python would actually install, or change the target (--python-version) to one the release supports.",
            });
        }

        return findings;
    }
}

using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Reports;

namespace TrustCheck.Scanning;

/// <summary>
/// Turns the dependency files of a project into one inspection (<c>trustcheck scan</c>; docs/scan.md): locked
/// versions and recorded digests as written, requirements whose marker excludes the target left out (and listed),
/// constraints applied to the requirements they name, and each package inspected once.
/// </summary>
public static class DependencyFileScan
{
    /// <summary>Plans the inspection of <paramref name="files"/> for <paramref name="target"/>.</summary>
    /// <param name="files">The files read (<see cref="DependencyFileReader"/>).</param>
    /// <param name="target">The target environment (markers).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The files pin one project at two versions where the versions must resolve together.</exception>
    public static ScanPlan Plan(IReadOnlyList<DependencyFileContents> files, TargetEnvironment target)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(target);
        var environment = target.ToMarkerEnvironment();
        var declared = new List<DeclaredPackage>();
        var excluded = new List<(DependencyFileContents File, DeclaredDependency Dependency)>();
        var requirements = new List<DeclaredDependency>();
        var constraints = files.SelectMany(f => f.Dependencies).Where(d => d.IsConstraint && d.PinnedVersion is not null).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var file in files)
        {
            foreach (var dependency in file.Dependencies.Where(d => !d.IsConstraint))
            {
                if (!dependency.IsLocked && dependency.Marker is { } marker && !Applies(marker, environment))
                {
                    excluded.Add((file, dependency));
                    continue;
                }

                var pinned = dependency.PinnedVersion ?? (constraints.TryGetValue(dependency.Name, out var constraint) && constraint.Specifier.Contains(PythonVersion.Parse(constraint.PinnedVersion!)) ? constraint.PinnedVersion : null);
                requirements.Add(dependency with { PinnedVersion = pinned });
                declared.Add(new DeclaredPackage(dependency.Name, pinned, dependency.Requirement, dependency.Location, dependency.Hashes));
            }
        }

        var complete = requirements.TrueForAll(d => d.PinnedVersion is not null && (d.IsLocked || d.Hashes.Count > 0));
        var packages = complete
            ? [.. requirements.GroupBy(d => (d.Name, d.PinnedVersion)).Select(g => Request(g.Key.Name, g.Key.PinnedVersion, g))]
            : requirements.GroupBy(d => d.Name).Select(Merged).ToList();
        return new ScanPlan(
            packages,
            complete ? DependencyMode.None : DependencyMode.Transitive,
            declared,
            [.. files.Select(f => Input(f, excluded.Where(e => e.File == f).Select(e => e.Dependency)))],
            [.. files.SelectMany(f => f.Indexes).Select(PrivateIndex).OfType<Uri>().Distinct()]);
    }

    private static PackageRequest Request(PackageName name, string? version, IEnumerable<DeclaredDependency> declarations) =>
        new(name, version) { Extras = [.. declarations.SelectMany(d => d.Extras).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };

    /// <summary>
    /// The requirements on one name that resolve together: at most one pinned version, which every other requirement
    /// on the name must admit (pip would refuse the set otherwise).
    /// </summary>
    private static PackageRequest Merged(IGrouping<PackageName, DeclaredDependency> declarations)
    {
        var pins = declarations.Where(d => d.PinnedVersion is not null).Select(d => d.PinnedVersion!).Distinct(StringComparer.Ordinal).ToList();
        var pinned = pins.Count == 1 ? pins[0] : null;
        if (pins.Count > 1 || (pinned is not null && !declarations.All(d => d.Specifier.Contains(PythonVersion.Parse(pinned), prereleases: true) || d.PinnedVersion == pinned)))
        {
            var places = declarations.Select(d => $"{d.Requirement} ({d.Location})");
            throw new ArgumentException($"{declarations.Key} is asked for at versions that cannot be installed together: {string.Join(", ", places)}.");
        }

        return Request(declarations.Key, pinned, declarations);
    }

    private static bool Applies(string marker, MarkerEnvironment environment)
    {
        try
        {
            return MarkerExpression.Parse(marker).Evaluate(environment, MarkerContext.Requirement);
        }
        catch (Exception exception) when (exception is MarkerEvaluationException or FormatException)
        {
            // A marker that cannot be evaluated does not exclude: the package is inspected rather than passed over.
            return true;
        }
    }

    private static ScanInputReport Input(DependencyFileContents file, IEnumerable<DeclaredDependency> excluded) => new(
        file.Path,
        FormatName(file.Format),
        file.Dependencies.Count(d => !d.IsConstraint),
        file.IncludedFiles,
        [
            .. file.NotInspectable.Select(n => new NotInspectableReport(n.Text, ReasonName(n.Reason), n.Location.File, n.Location.Line, n.Name?.Normalized)),
            .. excluded.Select(d => new NotInspectableReport(d.Requirement, "not-for-target", d.Location.File, d.Location.Line, d.Name.Normalized)),
        ],
        [.. file.Indexes.Where(i => i.Url.Length > 0).Select(i => i.Url).Distinct(StringComparer.Ordinal)]);

    private static Uri? PrivateIndex(IndexDirective directive) =>
        directive.Kind is IndexDirectiveKind.IndexUrl or IndexDirectiveKind.ExtraIndexUrl or IndexDirectiveKind.PackageSource
        && Uri.TryCreate(directive.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && !url.Host.Equals("pypi.org", StringComparison.OrdinalIgnoreCase) && !url.Host.Equals("files.pythonhosted.org", StringComparison.OrdinalIgnoreCase)
            ? url
            : null;

    private static string FormatName(DependencyFileFormat format) => format switch
    {
        DependencyFileFormat.Requirements => "requirements",
        DependencyFileFormat.Pylock => "pylock",
        DependencyFileFormat.UvLock => "uv-lock",
        DependencyFileFormat.PoetryLock => "poetry-lock",
        _ => "pyproject",
    };

    private static string ReasonName(NotInspectableReason reason) => reason switch
    {
        NotInspectableReason.Url => "url",
        NotInspectableReason.LocalPath => "local-path",
        NotInspectableReason.Editable => "editable",
        NotInspectableReason.Vcs => "vcs",
        NotInspectableReason.LocalProject => "local-project",
        _ => "unsupported-option",
    };
}

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Turns parsed PEP 508 requirements and lock file entries into <see cref="DeclaredDependency"/> values.</summary>
internal static class DeclaredRequirements
{
    /// <summary>A requirement as declared (not locked).</summary>
    public static DeclaredDependency FromRequirement(
        Requirement requirement, string text, SourceLocation location, IReadOnlyList<RecordedHash>? hashes = null, bool isConstraint = false, string? group = null) =>
        new()
        {
            Name = requirement.PackageName,
            Requirement = text,
            Extras = requirement.Extras.Select(PackageName.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Specifier = requirement.Specifier,
            PinnedVersion = PinnedVersion(requirement.Specifier),
            Marker = requirement.Marker?.ToString(),
            Hashes = hashes ?? [],
            Location = location,
            IsConstraint = isConstraint,
            Group = group,
        };

    /// <summary>A locked package: <c>name==version</c>.</summary>
    /// <param name="name">The package name.</param>
    /// <param name="version">The locked version.</param>
    /// <param name="versionNode">Where the version is written, for errors.</param>
    /// <param name="location">The package entry's location.</param>
    /// <param name="hashes">The recorded file digests.</param>
    /// <param name="marker">The marker, already validated, or null.</param>
    /// <param name="group">The group the lock file assigns, or null.</param>
    public static DeclaredDependency Locked(
        PackageName name, string version, TomlNode versionNode, SourceLocation location, IReadOnlyList<RecordedHash> hashes, string? marker, string? group)
    {
        if (!PythonVersion.TryParse(version, out _) || !VersionSpecifierSet.TryParse("==" + version, out var specifier))
        {
            throw versionNode.Error($"`version` is not a valid PEP 440 version: '{version}'");
        }

        return new DeclaredDependency
        {
            Name = name,
            Requirement = $"{name.Original}=={version}",
            Specifier = specifier,
            PinnedVersion = version,
            Marker = marker,
            Hashes = hashes,
            Location = location,
            IsLocked = true,
            Group = group,
        };
    }

    /// <summary>The version of a single <c>==</c> (without wildcard) or <c>===</c> specifier, else null.</summary>
    public static string? PinnedVersion(VersionSpecifierSet specifier) =>
        specifier.Specifiers is [var single] && (single.Operator == SpecifierOperator.ArbitraryEqual || (single.Operator == SpecifierOperator.Equal && !single.IsWildcard))
            ? single.Version
            : null;

    /// <summary>A project name from a lock file; an invalid one is an error at its line.</summary>
    public static PackageName ParseName(string text, TomlNode node) =>
        PackageName.TryParse(text, out var name) ? name : throw node.Error($"'{text}' is not a valid project name");

    /// <summary>A marker from a lock file, validated and normalized; an invalid one is an error at its line.</summary>
    public static string? ParseMarker(string? text, TomlNode node)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return MarkerExpression.Parse(text).ToString();
        }
        catch (DependencySyntaxException error)
        {
            throw new DependencyFileException(node.File, node.Line, $"invalid marker '{text}': {error.Problem ?? error.Message}", error);
        }
    }
}

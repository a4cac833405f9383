namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads uv's lock file (<c>uv.lock</c>, <c>version = 1</c>, any <c>revision</c>): registry packages are locked
/// dependencies with their <c>sdist</c>/<c>wheels</c> hashes; the project and workspace members
/// (<c>source = { editable = … }</c> or <c>{ virtual = … }</c>) are <see cref="NotInspectableReason.LocalProject"/>;
/// <c>git</c>, <c>url</c>, <c>path</c> and <c>directory</c> sources are not inspectable either. A package that only an
/// extra or a dependency group of the workspace members pulls in carries that group's name.
/// </summary>
public static class UvLockFileReader
{
    /// <summary>The lock file <c>version</c> this reader understands.</summary>
    public const int SupportedVersion = 1;

    /// <summary>Reads a <c>uv.lock</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DependencyFileException">The file cannot be read, is not valid TOML, has an unsupported
    /// <c>version</c> or an invalid entry; the error names the file and line.</exception>
    public static async Task<DependencyFileContents> ReadAsync(string path, DependencyFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (fullPath, root) = await TomlDependencyFile.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        return Read(fullPath, root);
    }

    /// <summary>Reads a parsed document.</summary>
    internal static DependencyFileContents Read(string path, TomlTable root)
    {
        var version = root.OptionalInteger("version") ?? throw root.Error("`version` is missing");
        if (version != SupportedVersion)
        {
            throw root.At("version").Error($"unsupported uv.lock version {version}: this reader supports version {SupportedVersion}");
        }

        _ = root.OptionalInteger("revision");
        var packages = root.Tables("package").ToArray();
        var groups = UvLockGroups.Assign(packages);
        var contents = new DependencyFileContentsBuilder(path, DependencyFileFormat.UvLock);
        foreach (var package in packages)
        {
            ReadPackage(package, groups, contents);
        }

        return contents.Build();
    }

    private static void ReadPackage(TomlTable package, IReadOnlyDictionary<string, string> groups, DependencyFileContentsBuilder contents)
    {
        var name = DeclaredRequirements.ParseName(package.RequiredString("name"), package.At("name"));
        var version = package.OptionalString("version");
        var source = package.OptionalTable("source") ?? throw package.Error($"package '{name.Original}' has no `source`");
        var label = version is null ? name.Original : $"{name.Original} {version}";
        var (kind, value) = SourceOf(source, name);
        var reason = kind switch
        {
            "registry" => (NotInspectableReason?)null,
            "editable" or "virtual" => NotInspectableReason.LocalProject,
            "git" => NotInspectableReason.Vcs,
            "url" => NotInspectableReason.Url,
            _ => NotInspectableReason.LocalPath,
        };

        if (reason is { } why)
        {
            contents.Add(new NotInspectableEntry($"{label} ({kind}: {value})", why, package.Location, name));
            return;
        }

        contents.AddPackageSource(value, source.At("registry").Location);
        if (version is null)
        {
            throw package.Error($"registry package '{name.Original}' has no `version`");
        }

        var hashes = new List<RecordedHash>();
        if (package.OptionalTable("sdist") is { } sdist)
        {
            ReadFile(sdist, hashes);
        }

        foreach (var wheel in package.Tables("wheels"))
        {
            ReadFile(wheel, hashes);
        }

        groups.TryGetValue(name.Normalized, out var group);
        contents.Add(DeclaredRequirements.Locked(name, version, package.At("version"), package.Location, hashes, ResolutionMarker(package), group));
    }

    private static (string Kind, string Value) SourceOf(TomlTable source, PackageName name)
    {
        foreach (var kind in (ReadOnlySpan<string>)["registry", "editable", "virtual", "git", "url", "path", "directory"])
        {
            if (source.OptionalString(kind) is { } value)
            {
                return (kind, value);
            }
        }

        throw source.Error($"package '{name.Original}' has a `source` of no known kind (registry, editable, virtual, git, url, path, directory)");
    }

    /// <summary>The forks a version is locked for (<c>resolution-markers</c>), as one marker.</summary>
    private static string? ResolutionMarker(TomlTable package)
    {
        var markers = package.Strings("resolution-markers").ToArray();
        return markers switch
        {
            [] => null,
            [var (single, node)] => DeclaredRequirements.ParseMarker(single, node),
            _ => DeclaredRequirements.ParseMarker(string.Join(" or ", markers.Select(m => $"({m.Value})")), package.At("resolution-markers")),
        };
    }

    private static void ReadFile(TomlTable file, List<RecordedHash> hashes)
    {
        if (file.OptionalString("hash") is not { } hash)
        {
            // uv records no hash for files from an index that publishes none.
            return;
        }

        var filename = file.OptionalString("filename") ?? FileHashes.LastSegment(file.OptionalString("url") ?? file.OptionalString("path"));
        hashes.Add(FileHashes.Parse(hash, file.At("hash"), filename));
    }
}

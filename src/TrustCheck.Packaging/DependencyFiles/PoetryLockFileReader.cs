using System.Text.RegularExpressions;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads Poetry's lock file (<c>poetry.lock</c>, <c>[metadata] lock-version</c> 1.x or 2.x): each <c>[[package]]</c>
/// with its <c>files</c> hashes (for Poetry 1.x files, from <c>[metadata.files]</c>), its <c>[package.source]</c>
/// (a <c>legacy</c> index is a package source; <c>git</c>, <c>directory</c>, <c>file</c> and <c>url</c> sources are
/// not inspectable) and its group (<c>category</c> of Poetry 1.x, <c>groups</c> of Poetry 2.x, or the extra of
/// <c>[extras]</c> that lists an optional package).
/// </summary>
public static partial class PoetryLockFileReader
{
    /// <summary>Reads a <c>poetry.lock</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DependencyFileException">The file cannot be read, is not valid TOML, has an unsupported
    /// <c>lock-version</c> or an invalid entry; the error names the file and line.</exception>
    public static async Task<DependencyFileContents> ReadAsync(string path, DependencyFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (fullPath, root) = await TomlDependencyFile.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        return Read(fullPath, root);
    }

    /// <summary>Reads a parsed document.</summary>
    internal static DependencyFileContents Read(string path, TomlTable root)
    {
        var metadata = root.OptionalTable("metadata") ?? throw root.Error("[metadata] is missing: a poetry.lock records its lock-version there");
        var lockVersion = metadata.OptionalString("lock-version") ?? throw metadata.Error("`lock-version` is missing from [metadata]");
        if (!LockVersionPattern().IsMatch(lockVersion))
        {
            throw metadata.At("lock-version").Error($"unsupported poetry.lock lock-version '{lockVersion}': this reader supports 1.x and 2.x");
        }

        var legacyFiles = LegacyFiles(metadata);
        var extras = ExtrasByPackage(root);
        var contents = new DependencyFileContentsBuilder(path, DependencyFileFormat.PoetryLock);
        foreach (var package in root.Tables("package"))
        {
            ReadPackage(package, legacyFiles, extras, contents);
        }

        return contents.Build();
    }

    private static void ReadPackage(
        TomlTable package, Dictionary<string, TomlArray> legacyFiles, Dictionary<string, string> extras, DependencyFileContentsBuilder contents)
    {
        var name = DeclaredRequirements.ParseName(package.RequiredString("name"), package.At("name"));
        var version = package.RequiredString("version");
        if (package.OptionalTable("source") is { } source)
        {
            var type = source.RequiredString("type");
            var url = source.OptionalString("url") ?? string.Empty;
            NotInspectableReason? reason = type switch
            {
                "legacy" => null,
                "git" => NotInspectableReason.Vcs,
                "directory" => package.OptionalBoolean("develop") == true ? NotInspectableReason.Editable : NotInspectableReason.LocalPath,
                "file" => NotInspectableReason.LocalPath,
                "url" => NotInspectableReason.Url,
                _ => throw source.At("type").Error($"unknown [package.source] type '{type}' (legacy, git, directory, file or url)"),
            };

            if (reason is { } why)
            {
                var reference = source.OptionalString("resolved_reference") ?? source.OptionalString("reference");
                var text = $"{name.Original} {version} ({type}: {url}{(type == "git" && reference is not null ? "@" + reference : string.Empty)})";
                contents.Add(new NotInspectableEntry(text, why, package.Location, name));
                return;
            }

            contents.AddPackageSource(url.Length > 0 ? url : throw source.Error("a legacy [package.source] needs a `url`"), source.At("url").Location);
        }

        var files = package.TryGet("files", out _)
            ? package.Tables("files")
            : legacyFiles.TryGetValue(name.Normalized, out var legacy) ? FilesOfVersion(legacy, version) : [];
        var hashes = files
            .Where(file => file.OptionalString("hash") is not null)
            .Select(file => FileHashes.Parse(file.RequiredString("hash"), file.At("hash"), file.OptionalString("file")))
            .ToArray();
        var marker = package.TryGet("markers", out var markers) && markers is TomlScalar { Value: string markerText }
            ? DeclaredRequirements.ParseMarker(markerText, markers)
            : null;
        contents.Add(DeclaredRequirements.Locked(name, version, package.At("version"), package.Location, hashes, marker, GroupOf(package, name, extras)));
    }

    /// <summary>Poetry 1.x <c>[metadata.files]</c>: file lists by normalized package name.</summary>
    private static Dictionary<string, TomlArray> LegacyFiles(TomlTable metadata)
    {
        var result = new Dictionary<string, TomlArray>(StringComparer.Ordinal);
        foreach (var (name, node) in metadata.OptionalTable("files")?.Entries ?? [])
        {
            result[PackageName.Normalize(name)] = node as TomlArray ?? throw node.Error($"[metadata.files] `{name}` must be an array, not {node.Describe()}");
        }

        return result;
    }

    /// <summary>
    /// <c>[metadata.files]</c> lists the files of every locked version of a name together; keep those whose file name
    /// gives this version (or gives none).
    /// </summary>
    private static IEnumerable<TomlTable> FilesOfVersion(TomlArray files, string version)
    {
        var locked = PythonVersion.TryParse(version, out var parsed) ? parsed : null;
        foreach (var item in files.Items)
        {
            var file = item as TomlTable ?? throw item.Error($"the items of [metadata.files] must be tables, not {item.Describe()}");
            if (locked is null || file.OptionalString("file") is not { } filename || !DistributionFilename.TryParse(filename, out var distribution) || distribution.Version == locked)
            {
                yield return file;
            }
        }
    }

    /// <summary>The extra that lists each optional package, by normalized name (the first extra in file order).</summary>
    private static Dictionary<string, string> ExtrasByPackage(TomlTable root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (extra, node) in root.OptionalTable("extras")?.Entries ?? [])
        {
            foreach (var item in (node as TomlArray)?.Items ?? [])
            {
                // Poetry 1.x writes "PySocks (>=1.5.6,!=1.5.7)", Poetry 2.x the bare name.
                if (item is TomlScalar { Value: string text } && Requirement.TryParse(text, out var requirement))
                {
                    result.TryAdd(requirement.PackageName.Normalized, extra);
                }
            }
        }

        return result;
    }

    private static string? GroupOf(TomlTable package, PackageName name, Dictionary<string, string> extras)
    {
        if (package.OptionalBoolean("optional") == true && extras.TryGetValue(name.Normalized, out var extra))
        {
            return extra;
        }

        if (package.OptionalString("category") is { } category)
        {
            return category == "main" ? null : category;
        }

        var groups = package.Strings("groups").Select(g => g.Value).ToArray();
        return groups.Length == 0 || groups.Contains("main", StringComparer.Ordinal) ? null : groups[0];
    }

    [GeneratedRegex(@"^[12]\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LockVersionPattern();
}

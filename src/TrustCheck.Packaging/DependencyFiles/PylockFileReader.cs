using System.Text.RegularExpressions;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads PEP 751 lock files (<c>pylock.toml</c>, <c>pylock.NAME.toml</c>): <c>lock-version</c> 1.x, every
/// <c>[[packages]]</c> entry with its <c>sdist</c>/<c>wheels</c> hashes (each with its file name), <c>marker</c> and
/// <c>index</c>; <c>vcs</c>, <c>directory</c> and <c>archive</c> packages become <see cref="NotInspectableEntry"/>.
/// </summary>
public static partial class PylockFileReader
{
    /// <summary>Reads a <c>pylock.toml</c> file.</summary>
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
        CheckLockVersion(root);
        if (!root.TryGet("packages", out _))
        {
            throw root.Error("`packages` is missing: a PEP 751 lock file lists its packages in [[packages]]");
        }

        var contents = new DependencyFileContentsBuilder(path, DependencyFileFormat.Pylock);
        foreach (var package in root.Tables("packages"))
        {
            ReadPackage(package, contents);
        }

        return contents.Build();
    }

    private static void CheckLockVersion(TomlTable root)
    {
        if (!root.TryGet("lock-version", out var node))
        {
            throw root.Error("`lock-version` is missing");
        }

        var version = root.RequiredString("lock-version");
        if (!LockVersionPattern().IsMatch(version))
        {
            throw node.Error($"unsupported lock-version '{version}': this reader supports PEP 751 lock files of version 1.x");
        }
    }

    private static void ReadPackage(TomlTable package, DependencyFileContentsBuilder contents)
    {
        var name = DeclaredRequirements.ParseName(package.RequiredString("name"), package.At("name"));
        var version = package.OptionalString("version");
        if (package.OptionalString("index") is { } index)
        {
            contents.AddPackageSource(index, package.At("index").Location);
        }

        if (NotInspectable(package, name, version) is { } entry)
        {
            contents.Add(entry);
            return;
        }

        var hashes = new List<RecordedHash>();
        var files = new List<string>();
        if (package.OptionalTable("sdist") is { } sdist)
        {
            ReadFile(sdist, hashes, files);
        }

        foreach (var wheel in package.Tables("wheels"))
        {
            ReadFile(wheel, hashes, files);
        }

        if (files.Count == 0)
        {
            throw package.Error($"package '{name.Original}' has no source: one of `sdist`, `wheels`, `archive`, `directory` or `vcs` is required");
        }

        var versionNode = package.At("version");
        if (version is null)
        {
            // The version "SHOULD" be given with an sdist or wheels; when it is not, the file names say it.
            version = files.Select(f => DistributionFilename.TryParse(f, out var d) ? d.Version.ToString() : null).FirstOrDefault(v => v is not null)
                ?? throw package.Error($"package '{name.Original}' has no `version` and its file names do not give one");
        }

        var marker = DeclaredRequirements.ParseMarker(package.OptionalString("marker"), package.At("marker"));
        contents.Add(DeclaredRequirements.Locked(name, version, versionNode, package.Location, hashes, marker, group: null));
    }

    private static NotInspectableEntry? NotInspectable(TomlTable package, PackageName name, string? version)
    {
        var label = version is null ? name.Original : $"{name.Original} {version}";
        if (package.OptionalTable("vcs") is { } vcs)
        {
            var where = vcs.OptionalString("url") ?? vcs.OptionalString("path") ?? string.Empty;
            var commit = vcs.OptionalString("commit-id");
            return new NotInspectableEntry(
                $"{label} (vcs: {vcs.OptionalString("type")}+{where}{(commit is null ? string.Empty : "@" + commit)})", NotInspectableReason.Vcs, package.Location, name);
        }

        if (package.OptionalTable("directory") is { } directory)
        {
            var editable = directory.OptionalBoolean("editable") == true;
            return new NotInspectableEntry(
                $"{label} (directory: {directory.RequiredString("path")}{(editable ? ", editable" : string.Empty)})",
                editable ? NotInspectableReason.Editable : NotInspectableReason.LocalPath,
                package.Location,
                name);
        }

        if (package.OptionalTable("archive") is { } archive)
        {
            return archive.OptionalString("url") is { } url
                ? new NotInspectableEntry($"{label} (archive: {url})", NotInspectableReason.Url, package.Location, name)
                : new NotInspectableEntry($"{label} (archive: {archive.RequiredString("path")})", NotInspectableReason.LocalPath, package.Location, name);
        }

        return null;
    }

    private static void ReadFile(TomlTable file, List<RecordedHash> hashes, List<string> files)
    {
        var filename = file.OptionalString("name") ?? FileHashes.LastSegment(file.OptionalString("url") ?? file.OptionalString("path"))
            ?? throw file.Error("a file needs a `name`, `url` or `path`");
        files.Add(filename);
        var table = file.OptionalTable("hashes") ?? throw file.Error($"`hashes` is missing for '{filename}'");
        foreach (var (algorithm, digest) in table.Entries)
        {
            if (digest is not TomlScalar { Value: string text })
            {
                throw digest.Error($"the {algorithm} hash of '{filename}' must be a string, not {digest.Describe()}");
            }

            hashes.Add(FileHashes.Create(algorithm, text, digest, filename));
        }
    }

    [GeneratedRegex(@"^1(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LockVersionPattern();
}

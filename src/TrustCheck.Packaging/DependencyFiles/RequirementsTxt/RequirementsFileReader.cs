namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads pip requirements files (<c>requirements.txt</c>, pip-tools' <c>requirements.in</c>) with pip 23.2's rules:
/// comments, <c>\</c> continuations, <c>${VAR}</c> expansion, nested <c>-r</c>/<c>-c</c> files (relative to the file
/// that names them, cycles and excessive depth rejected), <c>--hash</c> options, markers and extras, direct
/// references and editable installs (reported as <see cref="NotInspectableEntry"/>), and index options.
/// </summary>
public static class RequirementsFileReader
{
    /// <summary>Reads a requirements file and every file it includes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits and the environment for <c>${VAR}</c>; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What the files declare, in order (an included file's entries where it is included).</returns>
    /// <exception cref="DependencyFileException">A file cannot be read or a line is not valid; the error names the file and line.</exception>
    public static async Task<DependencyFileContents> ReadAsync(string path, DependencyFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var reader = new Reader(new DependencyFileContentsBuilder(fullPath, DependencyFileFormat.Requirements), options ?? DependencyFileReadOptions.Default);
        await reader.ReadFileAsync(fullPath, isConstraint: false, includedFrom: null, cancellationToken).ConfigureAwait(false);
        return reader.Contents.Build();
    }

    private sealed class Reader(DependencyFileContentsBuilder contents, DependencyFileReadOptions options)
    {
        private readonly List<string> _chain = [];
        private readonly HashSet<(string File, bool IsConstraint)> _done = [];

        public DependencyFileContentsBuilder Contents { get; } = contents;

        public async Task ReadFileAsync(string file, bool isConstraint, SourceLocation? includedFrom, CancellationToken cancellationToken)
        {
            var text = await DependencyFileText.ReadAsync(file, options, includedFrom, cancellationToken).ConfigureAwait(false);
            _chain.Add(file);
            foreach (var (number, line) in RequirementsLines.Read(text, options.EnvironmentVariable))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ReadLineAsync(new SourceLocation(file, number), line, isConstraint, cancellationToken).ConfigureAwait(false);
            }

            _chain.RemoveAt(_chain.Count - 1);
            _done.Add((file, isConstraint));
        }

        private async Task ReadLineAsync(SourceLocation location, string line, bool isConstraint, CancellationToken cancellationToken)
        {
            var (arguments, optionText) = RequirementsOptionParser.Split(line);
            IReadOnlyList<RequirementsOption> lineOptions;
            try
            {
                lineOptions = RequirementsOptionParser.Parse(optionText);
            }
            catch (FormatException error)
            {
                throw new DependencyFileException(location.File, location.Line, $"invalid requirement line '{line}': {error.Message}", error);
            }

            arguments = arguments.Trim();
            if (arguments.Length > 0)
            {
                AddRequirement(location, arguments, lineOptions, isConstraint);
                return;
            }

            // As pip: an editable line takes precedence, then -r (else -c), and an include line's other options are ignored.
            if (lineOptions.FirstOrDefault(o => o.Kind == RequirementsOptionKind.Editable) is { } editable)
            {
                Contents.Add(new NotInspectableEntry($"-e {editable.Value}", NotInspectableReason.Editable, location, DirectReferences.NameOf(editable.Value!)));
                return;
            }

            var include = lineOptions.FirstOrDefault(o => o.Kind == RequirementsOptionKind.Requirement)
                ?? lineOptions.FirstOrDefault(o => o.Kind == RequirementsOptionKind.Constraint);
            if (include is not null)
            {
                await IncludeAsync(location, include, cancellationToken).ConfigureAwait(false);
                return;
            }

            foreach (var option in lineOptions)
            {
                AddOption(location, option);
            }
        }

        private void AddOption(SourceLocation location, RequirementsOption option)
        {
            switch (option.Kind)
            {
                case RequirementsOptionKind.IndexUrl:
                    Contents.Add(new IndexDirective(IndexDirectiveKind.IndexUrl, option.Value!, location));
                    break;
                case RequirementsOptionKind.ExtraIndexUrl:
                    Contents.Add(new IndexDirective(IndexDirectiveKind.ExtraIndexUrl, option.Value!, location));
                    break;
                case RequirementsOptionKind.FindLinks:
                    Contents.Add(new IndexDirective(IndexDirectiveKind.FindLinks, option.Value!, location));
                    break;
                case RequirementsOptionKind.NoIndex:
                    Contents.Add(new IndexDirective(IndexDirectiveKind.NoIndex, string.Empty, location));
                    break;
                case RequirementsOptionKind.Hash:
                    // pip warns that a --hash without a requirement is ignored.
                    break;
                default:
                    Contents.Add(new NotInspectableEntry(option.ToString(), NotInspectableReason.UnsupportedOption, location, null));
                    break;
            }
        }

        private async Task IncludeAsync(SourceLocation location, RequirementsOption include, CancellationToken cancellationToken)
        {
            var isConstraint = include.Kind == RequirementsOptionKind.Constraint;
            var target = include.Value!;
            var flag = isConstraint ? "-c" : "-r";
            if (DirectReferences.Scheme(target) is "http" or "https" or "file")
            {
                // A remote requirements file is not fetched: what it installs is unknown.
                Contents.Add(new NotInspectableEntry($"{flag} {target}", NotInspectableReason.Url, location, null));
                return;
            }

            string file;
            try
            {
                file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(location.File)!, target));
            }
            catch (ArgumentException error)
            {
                // A name no file system accepts (a NUL character): the line is invalid, not the reader.
                throw new DependencyFileException(location.File, location.Line, $"{flag} {target} is not a valid file path ({error.Message})", error);
            }

            if (_chain.Contains(file, StringComparer.Ordinal))
            {
                var cycle = string.Join(" -> ", _chain.SkipWhile(f => !string.Equals(f, file, StringComparison.Ordinal)).Append(file));
                throw new DependencyFileException(location.File, location.Line, $"{flag} {target} makes an include cycle: {cycle}");
            }

            if (_chain.Count > options.MaxIncludeDepth)
            {
                throw new DependencyFileException(
                    location.File, location.Line, $"{flag} {target} nests includes deeper than {options.MaxIncludeDepth} (DependencyFileReadOptions.MaxIncludeDepth): {string.Join(" -> ", _chain.Append(file))}");
            }

            Contents.AddIncludedFile(file);
            if (_done.Contains((file, isConstraint)))
            {
                // Already read with the same meaning (a diamond of includes): its entries are recorded once.
                return;
            }

            await ReadFileAsync(file, isConstraint, location, cancellationToken).ConfigureAwait(false);
        }

        private void AddRequirement(SourceLocation location, string text, IReadOnlyList<RequirementsOption> lineOptions, bool isConstraint)
        {
            // pip separates a URL's marker with "; " (a URL may contain ';'), anything else's with ';'.
            var isUrl = DirectReferences.IsUrl(text);
            var separator = text.IndexOf(isUrl ? "; " : ";", StringComparison.Ordinal);
            var target = (separator >= 0 ? text[..separator] : text).Trim();
            PackageName? name = null;
            NotInspectableReason? reason = null;
            if (isUrl)
            {
                reason = DirectReferences.ReasonForUrl(target);
                name = DirectReferences.NameOf(target);
            }
            else if (DirectReferences.IsLocalPath(target))
            {
                reason = NotInspectableReason.LocalPath;
                name = DirectReferences.NameOf(target);
            }
            else
            {
                var requirement = ParseRequirement(location, text);
                if (requirement.Url is { } url)
                {
                    reason = DirectReferences.ReasonForUrl(url);
                    name = requirement.PackageName;
                }
                else
                {
                    Contents.Add(DeclaredRequirements.FromRequirement(requirement, text, location, ReadHashes(location, lineOptions), isConstraint));
                    name = requirement.PackageName;
                }
            }

            if (reason is { } why)
            {
                Contents.Add(new NotInspectableEntry(text, why, location, name));
            }

            foreach (var option in lineOptions.Where(o => o.Kind is RequirementsOptionKind.GlobalOption or RequirementsOptionKind.ConfigSettings))
            {
                Contents.Add(new NotInspectableEntry(option.ToString(), NotInspectableReason.UnsupportedOption, location, name));
            }
        }

        private static Requirement ParseRequirement(SourceLocation location, string text)
        {
            try
            {
                return Requirement.Parse(text);
            }
            catch (DependencySyntaxException error)
            {
                throw new DependencyFileException(location.File, location.Line, $"invalid requirement '{text}': {error.Problem ?? error.Message}", error);
            }
        }

        private static RecordedHash[] ReadHashes(SourceLocation location, IReadOnlyList<RequirementsOption> lineOptions) =>
            lineOptions.Where(o => o.Kind == RequirementsOptionKind.Hash).Select(o => ReadHash(location, o.Value!)).ToArray();

        private static RecordedHash ReadHash(SourceLocation location, string value)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new DependencyFileException(location.File, location.Line, $"--hash={value}: arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde...");
            }

            var (algorithm, digest) = (value[..colon], value[(colon + 1)..]);
            var length = algorithm switch
            {
                "sha256" => 64,
                "sha384" => 96,
                "sha512" => 128,
                _ => throw new DependencyFileException(location.File, location.Line, $"--hash={value}: allowed hash algorithms for --hash are sha256, sha384, sha512"),
            };

            if (digest.Length != length || !FileHashes.IsHex(digest))
            {
                throw new DependencyFileException(location.File, location.Line, $"--hash={value}: a {algorithm} digest is {length} hexadecimal characters");
            }

            return new RecordedHash(algorithm, digest.ToLowerInvariant());
        }
    }
}

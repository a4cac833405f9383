using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Files;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class RequirementsFileReaderTests
{
    private static readonly string PipCompile = DependencyFileInputs.Path("pip-compile/requirements.txt");
    private static readonly string Handwritten = DependencyFileInputs.Path("handwritten/requirements-dev.txt");

    [Fact]
    public async Task ReadAsync_PipCompileWithHashes_ReadsEveryPinWithItsHashesAndFirstLine()
    {
        var contents = await RequirementsFileReader.ReadAsync(PipCompile);

        Assert.Equal(PipCompile, contents.Path);
        Assert.Equal(DependencyFileFormat.Requirements, contents.Format);
        Assert.Equal(
            ["certifi", "charset-normalizer", "idna", "pysocks", "requests", "tomli", "urllib3"],
            contents.Dependencies.Select(d => d.Name.Normalized));
        Assert.Equal([9, 13, 19, 23, 28, 32, 36], contents.Dependencies.Select(d => d.Location.Line));
        Assert.All(contents.Dependencies, d => Assert.Equal(PipCompile, d.Location.File));
        Assert.All(contents.Dependencies, d => Assert.False(d.IsLocked || d.IsConstraint));
        Assert.Empty(contents.NotInspectable);
        Assert.Empty(contents.IncludedFiles);

        var certifi = contents.Single("certifi");
        Assert.Equal("certifi==2024.2.2", certifi.Requirement);
        Assert.Equal("2024.2.2", certifi.PinnedVersion);
        Assert.Equal(VersionSpecifierSet.Parse("==2024.2.2"), certifi.Specifier);
        Assert.Null(certifi.Marker);
        Assert.Equal(
            [
                "sha256:6caba66bab169611f642d29aeb8443ff042621b6b2d581e3b60c211aa7c1f4a1",
                "sha256:8992fb92c17b74ed99c7d12e2e0766ad93a91ba4a15de8c6010772432d3100a3",
            ],
            certifi.Digests());
        Assert.All(certifi.Hashes, h => Assert.Null(h.Filename));

        // Four hashes over five physical lines.
        Assert.Equal(4, contents.Single("charset-normalizer").Hashes.Count);
        Assert.Equal("sha256:97cc8ecea5bd699fa183ebc964438b1a8961bc6bac9470a30a848f733138d954", contents.Single("charset-normalizer").Digests()[3]);
    }

    [Fact]
    public async Task ReadAsync_PipCompileWithHashes_KeepsExtrasMarkersAndTheExtraIndex()
    {
        var contents = await RequirementsFileReader.ReadAsync(PipCompile);

        var requests = contents.Single("requests");
        Assert.Equal("requests[socks]==2.31.0", requests.Requirement);
        Assert.Equal(["socks"], requests.Extras);
        Assert.Equal("2.31.0", requests.PinnedVersion);

        var tomli = contents.Single("tomli");
        Assert.Equal("tomli==2.0.1 ; python_version < \"3.11\"", tomli.Requirement);
        Assert.Equal("python_version < \"3.11\"", tomli.Marker);
        Assert.Equal("2.0.1", tomli.PinnedVersion);
        Assert.Equal(2, tomli.Hashes.Count);

        var index = Assert.Single(contents.Indexes);
        Assert.Equal(new IndexDirective(IndexDirectiveKind.ExtraIndexUrl, "https://pypi.internal.example.com/simple", new SourceLocation(PipCompile, 7)), index);
    }

    [Fact]
    public async Task ReadAsync_HandwrittenWithIncludes_ReadsIncludedFilesRelativeToTheIncludingFile()
    {
        var contents = await RequirementsFileReader.ReadAsync(Handwritten, DependencyFileInputs.WithEnvironment(("TOOLS_PACKAGE", "black"), ("TOOLS_VERSION", "24.3.0")));
        var pins = DependencyFileInputs.Path("handwritten/constraints/pins.txt");

        Assert.Equal([PipCompile, pins], contents.IncludedFiles);
        Assert.Equal(
            ["certifi", "charset-normalizer", "idna", "pysocks", "requests", "tomli", "urllib3", "pytest", "coverage", "pytest", "coverage", "mypy", "black"],
            contents.Dependencies.Select(d => d.Name.Normalized));

        // Included entries carry their own file and line; constraints are marked.
        Assert.Equal(new SourceLocation(PipCompile, 28), contents.Single("requests").Location);
        var constraints = contents.Dependencies.Where(d => d.IsConstraint).ToArray();
        Assert.Equal([new SourceLocation(pins, 2), new SourceLocation(pins, 3)], constraints.Select(d => d.Location));
        Assert.Equal(["pytest<8.2", "coverage==7.4.4"], constraints.Select(d => d.Requirement));
        Assert.Equal("7.4.4", constraints[1].PinnedVersion);

        var pytest = Assert.Single(contents.Dependencies, d => d.Name.Normalized == "pytest" && !d.IsConstraint);
        Assert.Equal("pytest>=8.1,<9", pytest.Requirement);
        Assert.Null(pytest.PinnedVersion);
        Assert.Equal(VersionSpecifierSet.Parse(">=8.1,<9"), pytest.Specifier);
        Assert.Equal(9, pytest.Location.Line);

        var coverage = Assert.Single(contents.Dependencies, d => d.Name.Normalized == "coverage" && !d.IsConstraint);
        Assert.Equal(["toml"], coverage.Extras);
        Assert.Null(coverage.PinnedVersion);

        var mypy = contents.Single("mypy");
        Assert.Equal("platform_python_implementation == \"CPython\"", mypy.Marker);
        Assert.Equal(11, mypy.Location.Line);
    }

    [Fact]
    public async Task ReadAsync_EnvironmentVariables_AreExpandedFromTheInjectedEnvironment()
    {
        var contents = await RequirementsFileReader.ReadAsync(Handwritten, DependencyFileInputs.WithEnvironment(("TOOLS_PACKAGE", "black"), ("TOOLS_VERSION", "24.3.0")));

        var black = contents.Single("black");
        Assert.Equal("black==24.3.0", black.Requirement);
        Assert.Equal("24.3.0", black.PinnedVersion);
        Assert.Equal(12, black.Location.Line);
    }

    [Fact]
    public async Task ReadAsync_HandwrittenWithIncludes_ReportsUrlsPathsEditablesAndOptions()
    {
        var contents = await RequirementsFileReader.ReadAsync(Handwritten, DependencyFileInputs.WithEnvironment(("TOOLS_PACKAGE", "black"), ("TOOLS_VERSION", "24.3.0")));

        Assert.Equal(
            [
                new NotInspectableEntry("--only-binary=:all:", NotInspectableReason.UnsupportedOption, new SourceLocation(Handwritten, 6), null),
                new NotInspectableEntry("--trusted-host=pypi.internal.example.com", NotInspectableReason.UnsupportedOption, new SourceLocation(Handwritten, 7), null),
                new NotInspectableEntry("-e .", NotInspectableReason.Editable, new SourceLocation(Handwritten, 13), null),
                new NotInspectableEntry(
                    "git+https://github.com/example/lint-rules.git@4f1c2b7#egg=lint-rules", NotInspectableReason.Vcs, new SourceLocation(Handwritten, 14), PackageName.Parse("lint-rules")),
                new NotInspectableEntry(
                    "acme-fixtures @ https://downloads.example.com/acme_fixtures-0.3.0-py3-none-any.whl",
                    NotInspectableReason.Url,
                    new SourceLocation(Handwritten, 15),
                    PackageName.Parse("acme-fixtures")),
                new NotInspectableEntry("./vendor/localdep-0.1.0.tar.gz", NotInspectableReason.LocalPath, new SourceLocation(Handwritten, 16), PackageName.Parse("localdep")),
            ],
            contents.NotInspectable);
        Assert.Equal(
            [
                new IndexDirective(IndexDirectiveKind.ExtraIndexUrl, "https://pypi.internal.example.com/simple", new SourceLocation(PipCompile, 7)),
                new IndexDirective(IndexDirectiveKind.FindLinks, "./wheelhouse", new SourceLocation(Handwritten, 5)),
            ],
            contents.Indexes);
    }

    [Fact]
    public async Task ReadAsync_UnsetVariable_IsLeftAsWrittenAsPipDoes()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "--index-url https://${INDEX_USER}:${INDEX_TOKEN}@pypi.example.com/simple\nrequests==${REQUESTS_VERSION}\n");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(file, DependencyFileInputs.WithEnvironment(("INDEX_USER", "ci"))));

        // The index line expanded the set variable and kept the unset one; the requirement keeps its unset variable and so is invalid.
        Assert.Equal(file, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("requests==${REQUESTS_VERSION}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:2: ", error.Message, StringComparison.Ordinal);

        var contents = await RequirementsFileReader.ReadAsync(file, DependencyFileInputs.WithEnvironment(("INDEX_USER", "ci"), ("REQUESTS_VERSION", "2.32.3")));
        Assert.Equal("https://ci:${INDEX_TOKEN}@pypi.example.com/simple", Assert.Single(contents.Indexes).Url);
        Assert.Equal("requests==2.32.3", Assert.Single(contents.Dependencies).Requirement);
    }

    [Fact]
    public async Task ReadAsync_VariableNames_FollowPipsUpperCaseRule()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "demo @ https://example.com/${lower}/${NAME}.whl\n");

        var contents = await RequirementsFileReader.ReadAsync(file, DependencyFileInputs.WithEnvironment(("lower", "no"), ("NAME", "demo-1.0-py3-none-any")));

        var entry = Assert.Single(contents.NotInspectable);
        Assert.Equal("demo @ https://example.com/${lower}/demo-1.0-py3-none-any.whl", entry.Text);
    }

    [Fact]
    public async Task ReadAsync_EnvironmentDefault_IsTheProcessEnvironment()
    {
        const string Variable = "TRUSTCHECK_DEPFILES_TEST_VERSION";
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"requests==${{{Variable}}}\n");
        Environment.SetEnvironmentVariable(Variable, "2.32.3");
        try
        {
            var contents = await RequirementsFileReader.ReadAsync(file);

            Assert.Equal("requests==2.32.3", Assert.Single(contents.Dependencies).Requirement);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public async Task ReadAsync_ContinuationsAndComments_JoinAsPipDoes()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(
            "requirements.txt",
            "# header\n" +
            "\n" +
            "Django \\\n" +
            "  >=4.2,<5 \\\n" +
            "  ; python_version >= \"3.8\"   # trailing comment\n" +
            "url-frag @ https://example.com/x.whl#sha256=abc  # not part of the URL\n" +
            "flask==3.0.0 \\\n" +
            "# a comment line ends the continuation\n" +
            "attrs==23.2.0\\\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal(["django", "flask", "attrs"], contents.Dependencies.Select(d => d.Name.Normalized));
        var django = contents.Dependencies[0];
        Assert.Equal(3, django.Location.Line);
        Assert.Equal("Django   >=4.2,<5   ; python_version >= \"3.8\"", django.Requirement);
        Assert.Equal(VersionSpecifierSet.Parse(">=4.2,<5"), django.Specifier);
        Assert.Equal("python_version >= \"3.8\"", django.Marker);
        Assert.Equal(7, contents.Dependencies[1].Location.Line);
        Assert.Equal(9, contents.Dependencies[2].Location.Line);
        Assert.Equal("url-frag @ https://example.com/x.whl#sha256=abc", Assert.Single(contents.NotInspectable).Text);
    }

    [Fact]
    public async Task ReadAsync_HashesSplitAcrossContinuations_AreAllKeptInLowerCase()
    {
        using var directory = new TemporaryDirectory();
        var upper = new string('A', 64);
        var file = directory.Write(
            "requirements.txt",
            $"six==1.16.0 --hash=sha256:{upper} \\\n    --hash=sha384:{new string('b', 96)} \\\n    --hash sha512:{new string('c', 128)}\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal(
            [new RecordedHash("sha256", new string('a', 64)), new RecordedHash("sha384", new string('b', 96)), new RecordedHash("sha512", new string('c', 128))],
            contents.Single("six").Hashes);
    }

    [Theory]
    [InlineData("-i https://mirror.example.com/simple", IndexDirectiveKind.IndexUrl, "https://mirror.example.com/simple")]
    [InlineData("--index-url=https://mirror.example.com/simple", IndexDirectiveKind.IndexUrl, "https://mirror.example.com/simple")]
    [InlineData("--pypi-url https://mirror.example.com/simple", IndexDirectiveKind.IndexUrl, "https://mirror.example.com/simple")]
    [InlineData("-ihttps://mirror.example.com/simple", IndexDirectiveKind.IndexUrl, "https://mirror.example.com/simple")]
    [InlineData("--extra-index-url https://private.example.com/simple", IndexDirectiveKind.ExtraIndexUrl, "https://private.example.com/simple")]
    [InlineData("--extra-index https://private.example.com/simple", IndexDirectiveKind.ExtraIndexUrl, "https://private.example.com/simple")]
    [InlineData("-f https://download.example.com/links.html", IndexDirectiveKind.FindLinks, "https://download.example.com/links.html")]
    [InlineData("--find-links='./wheel house'", IndexDirectiveKind.FindLinks, "./wheel house")]
    [InlineData("--no-index", IndexDirectiveKind.NoIndex, "")]
    public async Task ReadAsync_IndexOption_IsAnIndexDirective(string line, IndexDirectiveKind kind, string url)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"requests==2.32.3\n{line}\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal(new IndexDirective(kind, url, new SourceLocation(file, 2)), Assert.Single(contents.Indexes));
    }

    [Theory]
    [InlineData("--pre", "--pre")]
    [InlineData("--prefer-binary", "--prefer-binary")]
    [InlineData("--only-binary=:all:", "--only-binary=:all:")]
    [InlineData("--no-binary :all:", "--no-binary=:all:")]
    [InlineData("--trusted-host internal.example.com", "--trusted-host=internal.example.com")]
    [InlineData("--use-feature truststore", "--use-feature=truststore")]
    [InlineData("--require-hashes", "--require-hashes")]
    public async Task ReadAsync_OptionTheScanCannotHonour_IsRecordedNotFailed(string line, string text)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"{line}\nrequests==2.32.3\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal(new NotInspectableEntry(text, NotInspectableReason.UnsupportedOption, new SourceLocation(file, 1), null), Assert.Single(contents.NotInspectable));
        Assert.Single(contents.Dependencies);
    }

    [Fact]
    public async Task ReadAsync_PerRequirementBuildOption_IsRecordedWithTheRequirementsName()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "pyyaml==6.0.1 --config-settings=--build-option=--without-libyaml\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal("pyyaml", contents.Single("pyyaml").Name.Normalized);
        var entry = Assert.Single(contents.NotInspectable);
        Assert.Equal(NotInspectableReason.UnsupportedOption, entry.Reason);
        Assert.Equal("--config-settings=--build-option=--without-libyaml", entry.Text);
        Assert.Equal(PackageName.Parse("pyyaml"), entry.Name);
    }

    [Theory]
    [InlineData("https://example.com/pkgs/demo-1.0-py3-none-any.whl", NotInspectableReason.Url, "demo")]
    [InlineData("https://example.com/archive/main.zip#egg=demo", NotInspectableReason.Url, "demo")]
    [InlineData("file:///srv/wheels/demo-1.0-py3-none-any.whl", NotInspectableReason.LocalPath, "demo")]
    [InlineData("git+https://github.com/acme/demo.git@v1.0", NotInspectableReason.Vcs, null)]
    [InlineData("git+ssh://git@github.com/acme/demo.git#egg=demo", NotInspectableReason.Vcs, "demo")]
    [InlineData("hg+https://hg.example.com/demo#egg=demo", NotInspectableReason.Vcs, "demo")]
    [InlineData("demo @ git+https://github.com/acme/demo.git@v1.0", NotInspectableReason.Vcs, "demo")]
    [InlineData("demo @ file:///srv/src/demo", NotInspectableReason.LocalPath, "demo")]
    [InlineData("demo[cli] @ https://example.com/demo-1.0.tar.gz ; python_version >= \"3.9\"", NotInspectableReason.Url, "demo")]
    [InlineData("./libs/demo", NotInspectableReason.LocalPath, null)]
    [InlineData("../demo-1.0.tar.gz", NotInspectableReason.LocalPath, "demo")]
    [InlineData("/opt/wheels/demo-1.0-py3-none-any.whl", NotInspectableReason.LocalPath, "demo")]
    [InlineData("demo-1.0-py3-none-any.whl", NotInspectableReason.LocalPath, "demo")]
    [InlineData(".", NotInspectableReason.LocalPath, null)]
    [InlineData("libs/demo", NotInspectableReason.LocalPath, null)]
    public async Task ReadAsync_DirectReference_IsNotInspectableWithItsReason(string line, NotInspectableReason reason, string? name)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"{line}\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Empty(contents.Dependencies);
        var entry = Assert.Single(contents.NotInspectable);
        Assert.Equal(line, entry.Text);
        Assert.Equal(reason, entry.Reason);
        Assert.Equal(name, entry.Name?.Normalized);
        Assert.Equal(new SourceLocation(file, 1), entry.Location);
    }

    [Theory]
    [InlineData("-e ./libs/demo", null)]
    [InlineData("--editable=git+https://github.com/acme/demo.git#egg=demo", "demo")]
    [InlineData("-e git+https://github.com/acme/demo.git#egg=demo", "demo")]
    public async Task ReadAsync_EditableLine_IsNotInspectable(string line, string? name)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"{line}\n");

        var entry = Assert.Single((await RequirementsFileReader.ReadAsync(file)).NotInspectable);

        Assert.Equal(NotInspectableReason.Editable, entry.Reason);
        Assert.Equal(name, entry.Name?.Normalized);
    }

    [Fact]
    public async Task ReadAsync_ArbitraryEqualityAndWildcard_PinOnlyTheExactVersion()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "legacy===1.0-custom\nwild==2.*\ncompat~=1.4\n");

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal("1.0-custom", contents.Single("legacy").PinnedVersion);
        Assert.Null(contents.Single("wild").PinnedVersion);
        Assert.Null(contents.Single("compat").PinnedVersion);
    }

    [Fact]
    public async Task ReadAsync_Utf8WithByteOrderMarkAndCrLf_IsRead()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("requirements.txt", [0xEF, 0xBB, 0xBF, .. "requests==2.32.3\r\n# comment\r\nidna==3.7\r\n"u8]);

        var contents = await RequirementsFileReader.ReadAsync(file);

        Assert.Equal(["requests", "idna"], contents.Dependencies.Select(d => d.Name.Normalized));
        Assert.Equal([1, 3], contents.Dependencies.Select(d => d.Location.Line));
    }

    [Fact]
    public async Task ReadAsync_IncludeDiamond_ReadsTheSharedFileOnce()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "-r a.txt\n-r b.txt\n");
        directory.Write("a.txt", "-r common/base.txt\n");
        directory.Write("b.txt", "-r ./common/base.txt\n");
        var base_ = directory.Write("common/base.txt", "requests==2.32.3\n");

        var contents = await RequirementsFileReader.ReadAsync(root);

        Assert.Equal(new SourceLocation(base_, 1), Assert.Single(contents.Dependencies).Location);
        Assert.Equal([System.IO.Path.Combine(directory.Path, "a.txt"), base_, System.IO.Path.Combine(directory.Path, "b.txt")], contents.IncludedFiles);
    }

    [Fact]
    public async Task ReadAsync_NestedIncludes_ResolveRelativeToEachIncludingFile()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("app/requirements.txt", "-r ../shared/base.in\n");
        var shared = directory.Write("shared/base.in", "--requirement=deep/more.txt\n");
        var deep = directory.Write("shared/deep/more.txt", "attrs==24.2.0\n");

        var contents = await RequirementsFileReader.ReadAsync(root);

        Assert.Equal([shared, deep], contents.IncludedFiles);
        Assert.Equal(new SourceLocation(deep, 1), Assert.Single(contents.Dependencies).Location);
    }

    [Fact]
    public async Task ReadAsync_RemoteInclude_IsNotInspectable()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "-r https://example.com/requirements.txt\n");

        var entry = Assert.Single((await RequirementsFileReader.ReadAsync(file)).NotInspectable);

        Assert.Equal(new NotInspectableEntry("-r https://example.com/requirements.txt", NotInspectableReason.Url, new SourceLocation(file, 1), null), entry);
    }

    [Fact]
    public async Task ReadAsync_IncludeCycle_IsAnErrorNamingTheChain()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "requests==2.32.3\n-r dev.txt\n");
        var dev = directory.Write("dev.txt", "pytest==8.3.3\n\n-c requirements.txt\n");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root));

        Assert.Equal(dev, error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{dev}:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{root} -> {dev} -> {root}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SelfInclude_IsACycle()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "-r ./requirements.txt\n");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root));

        Assert.Equal((root, 1), (error.File, error.Line));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_IncludesDeeperThanTheLimit_AreAnErrorAtTheIncludingLine()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("r0.txt", "-r r1.txt\n");
        directory.Write("r1.txt", "-r r2.txt\n");
        var r2 = directory.Write("r2.txt", "# third level\n-r r3.txt\n");
        directory.Write("r3.txt", "six==1.16.0\n");
        var options = new DependencyFileReadOptions { MaxIncludeDepth = 2 };

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root, options));

        Assert.Equal((r2, 2), (error.File, error.Line));
        Assert.Contains("deeper than 2", error.Message, StringComparison.Ordinal);

        var allowed = await RequirementsFileReader.ReadAsync(root, new DependencyFileReadOptions { MaxIncludeDepth = 3 });
        Assert.Equal("six", Assert.Single(allowed.Dependencies).Name.Normalized);
    }

    [Fact]
    public async Task ReadAsync_MissingInclude_IsAnErrorAtTheIncludingLine()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "requests==2.32.3\n-c constraints/missing.txt\n");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root));

        Assert.Equal((root, 2), (error.File, error.Line));
        Assert.Contains(System.IO.Path.Combine(directory.Path, "constraints", "missing.txt"), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_IsAnErrorNamingIt()
    {
        using var directory = new TemporaryDirectory();
        var missing = System.IO.Path.Combine(directory.Path, "requirements.txt");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(missing));

        Assert.Equal(missing, error.File);
        Assert.Null(error.Line);
        Assert.Equal($"{missing}: the file does not exist", error.Message);
    }

    [Theory]
    [InlineData("-r base\0.txt")]
    [InlineData("requests==2.32.3\n-c \0")]
    public async Task ReadAsync_IncludeOfAPathWithANulCharacter_IsAnErrorAtItsLine(string text)
    {
        // Found by the requirements-file fuzz campaign: the path threw ArgumentException out of the reader.
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", text);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root));

        Assert.Equal(root, error.File);
        Assert.Equal(text.Count(c => c == '\n') + 1, error.Line);
        Assert.Contains("is not a valid file path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileOverTheSizeLimit_IsAnError()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "requests==2.32.3\n");
        var options = new DependencyFileReadOptions { MaxFileBytes = 10 };

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root, options));

        Assert.Equal(root, error.File);
        Assert.Null(error.Line);
        Assert.Contains("17 bytes, over the limit of 10 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EndlessDevice_IsCutAtTheSizeLimit()
    {
        if (!File.Exists(HostileFiles.EndlessDevice))
        {
            return;
        }

        var options = new DependencyFileReadOptions { MaxFileBytes = 4096 };

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(HostileFiles.EndlessDevice, options));

        Assert.Equal((HostileFiles.EndlessDevice, (int?)null), (error.File, error.Line));
        Assert.Contains("more than the limit of 4096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_IncludedFileOverTheSizeLimit_IsAnErrorAtTheIncludingLine()
    {
        using var directory = new TemporaryDirectory();
        var root = directory.Write("requirements.txt", "# small\n-r big.txt\n");
        directory.Write("big.txt", string.Concat(Enumerable.Repeat("requests==2.32.3\n", 10)));
        var options = new DependencyFileReadOptions { MaxFileBytes = 100 };

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(root, options));

        Assert.Equal((root, 2), (error.File, error.Line));
        Assert.Contains("big.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("170 bytes, over the limit of 100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requests=2.31.0", "invalid requirement 'requests=2.31.0'")]
    [InlineData("requests>=2.31.0 pytest", "invalid requirement")]
    [InlineData("requests==/usr/bin/x", "invalid requirement 'requests==/usr/bin/x'")]
    [InlineData("flask[async ==3.0", "invalid requirement")]
    [InlineData("django; python_version >>> \"3\"", "invalid requirement")]
    [InlineData("--frobnicate", "no such option: --frobnicate")]
    [InlineData("requests==2.31.0 --hashes=sha256:00", "no such option: --hashes")]
    [InlineData("-x foo", "no such option: -x")]
    [InlineData("--no", "ambiguous option: --no")]
    [InlineData("-r", "-r option requires 1 argument")]
    [InlineData("--pre=yes", "--pre option does not take a value")]
    [InlineData("--index-url 'https://example.com", "Could not split options")]
    [InlineData("six==1.16.0 --hash=sha256", "must be a hash name followed by a value")]
    [InlineData("six==1.16.0 --hash=md5:0123456789abcdef0123456789abcdef", "allowed hash algorithms for --hash are sha256, sha384, sha512")]
    [InlineData("six==1.16.0 --hash=sha256:xyz", "a sha256 digest is 64 hexadecimal characters")]
    public async Task ReadAsync_InvalidLine_IsAnErrorWithFileAndLine(string line, string expected)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", $"# first\nidna==3.7 \\\n  --hash=sha256:{new string('0', 64)}\n{line}\n");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(file));

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.StartsWith($"{file}:4: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_IsAnErrorAtItsLine()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("requirements.txt", [.. "requests==2.32.3\nidna==3.7\n# caf"u8, 0xE9, .. "\n"u8]);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => RequirementsFileReader.ReadAsync(file));

        Assert.Equal((file, 3), (error.File, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RequirementsFileReader.ReadAsync(PipCompile, cancellationToken: cancellation.Token));
    }
}

using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class PoetryLockFileReaderTests
{
    private static readonly string Poetry18 = DependencyFileInputs.Path("poetry-1.8/poetry.lock");
    private static readonly string Poetry11 = DependencyFileInputs.Path("poetry-1.1/poetry.lock");

    [Fact]
    public async Task ReadAsync_Poetry18Lock_LocksEveryIndexPackageWithItsFiles()
    {
        var contents = await PoetryLockFileReader.ReadAsync(Poetry18);

        Assert.Equal(DependencyFileFormat.PoetryLock, contents.Format);
        Assert.Equal(
            [
                ("certifi", "2024.2.2", 21), ("charset-normalizer", "3.3.2", 32), ("colorama", "0.4.6", 44), ("corp-metrics", "1.0.4", 55),
                ("idna", "3.6", 71), ("iniconfig", "2.0.0", 82), ("packaging", "24.0", 93), ("pluggy", "1.4.0", 104), ("pysocks", "1.7.1", 119),
                ("pytest", "8.1.1", 131), ("requests", "2.31.0", 151), ("urllib3", "2.2.1", 173),
            ],
            contents.Dependencies.Select(d => (d.Name.Normalized, d.PinnedVersion!, d.Location.Line)));
        Assert.All(contents.Dependencies, d => Assert.True(d.IsLocked));

        var certifi = contents.Single("certifi");
        Assert.Equal("certifi==2024.2.2", certifi.Requirement);
        Assert.Equal(
            [
                new RecordedHash("sha256", "6caba66bab169611f642d29aeb8443ff042621b6b2d581e3b60c211aa7c1f4a1", "certifi-2024.2.2-py3-none-any.whl"),
                new RecordedHash("sha256", "8992fb92c17b74ed99c7d12e2e0766ad93a91ba4a15de8c6010772432d3100a3", "certifi-2024.2.2.tar.gz"),
            ],
            certifi.Hashes);
        Assert.Equal(3, contents.Single("pysocks").Hashes.Count);
    }

    [Fact]
    public async Task ReadAsync_Poetry18Lock_ReportsTheGitSourceAndTheLegacyIndex()
    {
        var contents = await PoetryLockFileReader.ReadAsync(Poetry18);

        Assert.Equal(
            new NotInspectableEntry(
                "acme-toolkit 2.1.0 (git: https://github.com/acme/toolkit.git@4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b)",
                NotInspectableReason.Vcs,
                new SourceLocation(Poetry18, 3),
                PackageName.Parse("acme-toolkit")),
            Assert.Single(contents.NotInspectable));
        Assert.Equal(
            new IndexDirective(IndexDirectiveKind.PackageSource, "https://pypi.acme.example/simple", new SourceLocation(Poetry18, 68)),
            Assert.Single(contents.Indexes));
    }

    [Fact]
    public async Task ReadAsync_Poetry18Lock_OptionalPackageTakesTheExtraThatListsIt()
    {
        var contents = await PoetryLockFileReader.ReadAsync(Poetry18);

        Assert.Equal("socks", contents.Single("pysocks").Group);
        Assert.Equal(["pysocks"], contents.Dependencies.Where(d => d.Group is not null).Select(d => d.Name.Normalized));
    }

    [Fact]
    public async Task ReadAsync_Poetry11Lock_TakesHashesFromMetadataFiles()
    {
        var contents = await PoetryLockFileReader.ReadAsync(Poetry11);

        Assert.Equal(
            [
                ("atomicwrites", "1.4.0", 1), ("attrs", "21.2.0", 9), ("certifi", "2021.10.8", 23), ("charset-normalizer", "2.0.7", 31),
                ("idna", "3.3", 42), ("pysocks", "1.7.1", 50), ("requests", "2.26.0", 58), ("urllib3", "1.26.7", 77),
            ],
            contents.Dependencies.Select(d => (d.Name.Normalized, d.PinnedVersion!, d.Location.Line)));
        Assert.Equal(
            [
                new RecordedHash("sha256", "30e8684946f25c5729b41684a9d53089f5405a24b84d1827eb2376c3b4f3b9f9", "certifi-2021.10.8-py2.py3-none-any.whl"),
                new RecordedHash("sha256", "b9e9ce6ccfe707cf15b1e09b88bc5203c8eb69321dd5440567aa1baad7274294", "certifi-2021.10.8.tar.gz"),
            ],
            contents.Single("certifi").Hashes);

        // [metadata.files] spells it "PySocks"; the package is "pysocks".
        Assert.Equal("sha256:5fc7cb5e7184398726437dbbe4c5303ca68eec42ce328087fff6e011e967a349", contents.Single("pysocks").Digests()[2]);
        Assert.All(contents.Dependencies, d => Assert.NotEmpty(d.Hashes));
        Assert.Empty(contents.NotInspectable);
        Assert.Empty(contents.Indexes);
    }

    [Fact]
    public async Task ReadAsync_Poetry11Lock_CategoryAndExtrasGiveTheGroup()
    {
        var contents = await PoetryLockFileReader.ReadAsync(Poetry11);

        Assert.Equal("dev", contents.Single("atomicwrites").Group);
        Assert.Equal("dev", contents.Single("attrs").Group);
        Assert.Equal("socks", contents.Single("pysocks").Group);
        Assert.Null(contents.Single("requests").Group);
    }

    [Fact]
    public async Task ReadAsync_MetadataFilesOfTwoVersions_GiveEachVersionItsOwnFiles()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(
            "poetry.lock",
            $$"""
            [[package]]
            name = "numpy"
            version = "1.24.4"
            description = "Fundamental package for array computing in Python"
            category = "main"
            optional = false
            python-versions = ">=3.8"

            [[package]]
            name = "numpy"
            version = "1.26.4"
            description = "Fundamental package for array computing in Python"
            category = "main"
            optional = false
            python-versions = ">=3.9"

            [metadata]
            lock-version = "1.1"
            python-versions = ">=3.8"
            content-hash = "{{new string('e', 64)}}"

            [metadata.files]
            numpy = [
                {file = "numpy-1.24.4.tar.gz", hash = "sha256:{{new string('1', 64)}}"},
                {file = "numpy-1.26.4.tar.gz", hash = "sha256:{{new string('2', 64)}}"},
                {file = "numpy-1.26.4-cp312-cp312-win_amd64.whl", hash = "sha256:{{new string('3', 64)}}"},
            ]
            """);

        var contents = await PoetryLockFileReader.ReadAsync(file);

        Assert.Equal(["numpy-1.24.4.tar.gz"], contents.Dependencies[0].Hashes.Select(h => h.Filename));
        Assert.Equal(["numpy-1.26.4.tar.gz", "numpy-1.26.4-cp312-cp312-win_amd64.whl"], contents.Dependencies[1].Hashes.Select(h => h.Filename));
    }

    [Fact]
    public async Task ReadAsync_Poetry2Lock_GroupsAndMarkersAreRead()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(
            "poetry.lock",
            $$"""
            # This file is automatically @generated by Poetry 2.0.1 and should not be changed by hand.

            [[package]]
            name = "colorama"
            version = "0.4.6"
            description = "Cross-platform colored terminal text."
            optional = false
            python-versions = "!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.*,!=3.6.*,>=2.7"
            groups = ["dev"]
            markers = "sys_platform == \"win32\""
            files = [
                {file = "colorama-0.4.6-py2.py3-none-any.whl", hash = "sha256:{{new string('4', 64)}}"},
            ]

            [[package]]
            name = "requests"
            version = "2.32.3"
            description = "Python HTTP for Humans."
            optional = false
            python-versions = ">=3.8"
            groups = ["main", "dev"]
            files = [
                {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:{{new string('5', 64)}}"},
            ]

            [[package]]
            name = "localpkg"
            version = "0.1.0"
            description = ""
            optional = false
            python-versions = "^3.11"
            groups = ["main"]
            files = []
            develop = true

            [package.source]
            type = "directory"
            url = "../localpkg"

            [[package]]
            name = "thing"
            version = "1.0"
            description = ""
            optional = false
            python-versions = "*"
            groups = ["main"]
            files = [
                {file = "thing-1.0.tar.gz", hash = "sha256:{{new string('6', 64)}}"},
            ]

            [package.source]
            type = "url"
            url = "https://example.com/thing-1.0.tar.gz"

            [[package]]
            name = "vendored"
            version = "2.0"
            description = ""
            optional = false
            python-versions = "*"
            groups = ["main"]
            files = []

            [package.source]
            type = "file"
            url = "vendor/vendored-2.0.tar.gz"

            [metadata]
            lock-version = "2.1"
            python-versions = "^3.11"
            content-hash = "{{new string('f', 64)}}"
            """);

        var contents = await PoetryLockFileReader.ReadAsync(file);

        var colorama = contents.Single("colorama");
        Assert.Equal("dev", colorama.Group);
        Assert.Equal("sys_platform == \"win32\"", colorama.Marker);
        Assert.Null(contents.Single("requests").Group);
        Assert.Equal(
            [("localpkg", NotInspectableReason.Editable, 26), ("thing", NotInspectableReason.Url, 40), ("vendored", NotInspectableReason.LocalPath, 55)],
            contents.NotInspectable.Select(e => (e.Name!.Value.Normalized, e.Reason, e.Location.Line)));
    }

    [Theory]
    [InlineData("[[package]]\nname = \"six\"\nversion = \"1.16.0\"\n", 1, "[metadata] is missing")]
    [InlineData("[metadata]\ncontent-hash = \"00\"\n", 1, "`lock-version` is missing")]
    [InlineData("\n[metadata]\nlock-version = \"3.0\"\n", 3, "unsupported poetry.lock lock-version '3.0'")]
    [InlineData("[[package]]\nname = \"six\"\n\n[metadata]\nlock-version = \"2.0\"\n", 1, "`version` is missing")]
    [InlineData("[[package]]\nname = \"six\"\nversion = \"1.16.0\"\nfiles = [\n  {file = \"six-1.16.0.tar.gz\", hash = \"sha256:not-hex\"},\n]\n[metadata]\nlock-version = \"2.0\"\n", 5, "not hexadecimal")]
    [InlineData("[[package]]\nname = \"six\"\nversion = \"1.16.0\"\n[package.source]\ntype = \"svn\"\nurl = \"x\"\n[metadata]\nlock-version = \"2.0\"\n", 5, "unknown [package.source] type 'svn'")]
    [InlineData("[[package]]\nname = \"six!\"\nversion = \"1.16.0\"\n[metadata]\nlock-version = \"2.0\"\n", 2, "'six!' is not a valid project name")]
    [InlineData("[[package]]\nname = \"six\"\nversion = \"1.16.0\"\nmarkers = \"python_version >< '3'\"\n[metadata]\nlock-version = \"2.0\"\n", 4, "invalid marker")]
    public async Task ReadAsync_InvalidLock_IsAnErrorWithFileAndLine(string text, int line, string expected)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("poetry.lock", text);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => PoetryLockFileReader.ReadAsync(file));

        Assert.Equal((file, line), (error.File, error.Line));
        Assert.StartsWith($"{file}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

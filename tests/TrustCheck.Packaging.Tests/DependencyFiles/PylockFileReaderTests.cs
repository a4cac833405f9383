using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class PylockFileReaderTests
{
    private static readonly string Lock = DependencyFileInputs.Path("pylock/pylock.toml");

    [Fact]
    public async Task ReadAsync_Pep751Lock_LocksEachPackageAtItsHeader()
    {
        var contents = await PylockFileReader.ReadAsync(Lock);

        Assert.Equal(DependencyFileFormat.Pylock, contents.Format);
        Assert.Equal(
            [("attrs", "25.1.0", 9), ("cattrs", "24.1.2", 28), ("colorama", "0.4.6", 41), ("numpy", "2.2.3", 51)],
            contents.Dependencies.Select(d => (d.Name.Normalized, d.PinnedVersion!, d.Location.Line)));
        Assert.All(contents.Dependencies, d => Assert.True(d.IsLocked));
    }

    [Fact]
    public async Task ReadAsync_Pep751Lock_KeepsEachFilesHashesWithItsName()
    {
        var contents = await PylockFileReader.ReadAsync(Lock);

        Assert.Equal(
            [new RecordedHash("sha256", "460ba087ec264c4444972be0815203c7e6c4dcfdc64db5523441ec2b13ffa0ea", "attrs-25.1.0-py3-none-any.whl")],
            contents.Single("attrs").Hashes);
        Assert.Equal(
            [
                new RecordedHash("sha256", "36c41c306298b3f7a41420ab2b882d85e5f32ce8f993b4e24361394599657f03", "cattrs-24.1.2.tar.gz"),
                new RecordedHash("sha256", "b24bb4fe0e3abf28c31dbc54ca050eb4c7a26cc715858ddbc7ba6c1c094a4e62", "cattrs-24.1.2-py3-none-any.whl"),
            ],
            contents.Single("cattrs").Hashes);

        // No `name`: the file name is the URL's last segment; several algorithms for one file.
        Assert.Equal(
            [
                new RecordedHash("sha256", "2d2cbaa2c78aad75b2daf43a9448eec10b163da336f2b8478150cd29f38180c4", "colorama-0.4.6-py2.py3-none-any.whl"),
                new RecordedHash(
                    "blake2b",
                    "d49fae35f53f4f54a39fcbcd6d96f364beb42d52013d239f04a07067f182eb340db0c956e9daf70453c89657b0351386d5e8f5cda4e5cab41e59241836782665",
                    "colorama-0.4.6-py2.py3-none-any.whl"),
            ],
            contents.Single("colorama").Hashes);
        Assert.Equal(2, contents.Single("numpy").Hashes.Count);
    }

    [Fact]
    public async Task ReadAsync_Pep751Lock_ReadsMarkersIndexesAndDirectSources()
    {
        var contents = await PylockFileReader.ReadAsync(Lock);

        Assert.Equal("sys_platform == \"win32\"", contents.Single("colorama").Marker);
        Assert.Null(contents.Single("attrs").Marker);
        Assert.Equal(
            new IndexDirective(IndexDirectiveKind.PackageSource, "https://pypi.org/simple", new SourceLocation(Lock, 13)),
            Assert.Single(contents.Indexes));
        Assert.Equal(
            [
                new NotInspectableEntry(
                    "acme-plugin (vcs: git+https://github.com/acme/acme-plugin.git@0f5b7c3e9d2a41b8a6c1e4f7d8b9a0c2e3f4a5b6)",
                    NotInspectableReason.Vcs,
                    new SourceLocation(Lock, 71),
                    PackageName.Parse("acme-plugin")),
                new NotInspectableEntry("acme-app (directory: ., editable)", NotInspectableReason.Editable, new SourceLocation(Lock, 75), PackageName.Parse("acme-app")),
                new NotInspectableEntry(
                    "vendored-lib (archive: vendor/vendored_lib-0.9.0.tar.gz)", NotInspectableReason.LocalPath, new SourceLocation(Lock, 79), PackageName.Parse("vendored-lib")),
            ],
            contents.NotInspectable);
    }

    [Fact]
    public async Task ReadAsync_MinorLockVersionAndVersionFromFileNames_AreAccepted()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(
            "pylock.dev.toml",
            $$"""
            lock-version = "1.3"
            created-by = "some-locker"
            packages = [
                { name = "six", wheels = [{ url = "https://files.example.com/six-1.17.0-py2.py3-none-any.whl", hashes = { sha256 = "{{new string('a', 64)}}" } }] },
                { name = "remote", archive = { url = "https://example.com/remote-1.0.tar.gz", hashes = { sha256 = "{{new string('b', 64)}}" } } },
                { name = "src-tree", directory = { path = "../src-tree" } },
            ]
            """);

        var contents = await PylockFileReader.ReadAsync(file);

        var six = Assert.Single(contents.Dependencies);
        Assert.Equal(("1.17.0", 4), (six.PinnedVersion, six.Location.Line));
        Assert.Equal([NotInspectableReason.Url, NotInspectableReason.LocalPath], contents.NotInspectable.Select(e => e.Reason));
    }

    [Theory]
    [InlineData("lock-version = '2.0'\ncreated-by = 'x'\npackages = []\n", 1, "unsupported lock-version '2.0'")]
    [InlineData("created-by = 'x'\n\nlock-version = '1.0.1'\npackages = []\n", 3, "unsupported lock-version '1.0.1'")]
    [InlineData("created-by = 'x'\npackages = []\n", 1, "`lock-version` is missing")]
    [InlineData("lock-version = 1.0\npackages = []\n", 1, "`lock-version` must be a string")]
    [InlineData("lock-version = '1.0'\ncreated-by = 'x'\n", 1, "`packages` is missing")]
    [InlineData("lock-version = '1.0'\n\n[[packages]]\nname = 'six'\nversion = '1.17.0'\n", 3, "has no source")]
    [InlineData("lock-version = '1.0'\n\n[[packages]]\nname = 'six'\nversion = '1.17.0'\n[[packages.wheels]]\nname = 'six-1.17.0-py2.py3-none-any.whl'\n", 6, "`hashes` is missing")]
    [InlineData("lock-version = '1.0'\n\n[[packages]]\nname = 'six'\nversion = '1.17.0'\nmarker = 'os_name =='\nsdist = { name = 'six-1.17.0.tar.gz', hashes = { sha256 = 'aa' } }\n", 6, "invalid marker")]
    [InlineData("lock-version = '1.0'\n\n[[packages]]\nname = 'six'\nsdist = { name = 'six.tar.gz', hashes = { sha256 = 'aa' } }\n", 3, "has no `version`")]
    [InlineData("lock-version = '1.0'\n[[packages]]\nname = 'six'\nversion = '1.17.0'\nsdist = { name = 'six-1.17.0.tar.gz', hashes = { sha256 = 12 } }\n", 5, "must be a string")]
    [InlineData("lock-version = '1.0'\n[[packages]\nname = 'six'\n", 2, "invalid TOML")]
    public async Task ReadAsync_InvalidLock_IsAnErrorWithFileAndLine(string text, int line, string expected)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("pylock.toml", text);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => PylockFileReader.ReadAsync(file));

        Assert.Equal((file, line), (error.File, error.Line));
        Assert.StartsWith($"{file}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

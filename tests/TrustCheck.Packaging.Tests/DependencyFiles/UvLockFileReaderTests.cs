using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class UvLockFileReaderTests
{
    private static readonly string Lock = DependencyFileInputs.Path("uv/uv.lock");

    [Fact]
    public async Task ReadAsync_WorkspaceLock_LocksEveryRegistryPackageAtItsHeaderLine()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        Assert.Equal(DependencyFileFormat.UvLock, contents.Format);
        Assert.Equal(
            [
                ("acme-auth", "3.2.0", 48), ("anyio", "4.6.2.post1", 77), ("attrs", "24.2.0", 92), ("certifi", "2024.8.30", 101),
                ("colorama", "0.4.6", 110), ("exceptiongroup", "1.2.2", 119), ("h11", "0.14.0", 128), ("httpcore", "1.0.6", 137),
                ("httpx", "0.27.2", 150), ("idna", "3.10", 166), ("iniconfig", "2.0.0", 175), ("markdown-it-py", "3.0.0", 184),
                ("mdurl", "0.1.2", 196), ("numpy", "2.0.2", 205), ("numpy", "2.1.3", 218), ("packaging", "24.2", 230), ("pluggy", "1.5.0", 239),
                ("pygments", "2.18.0", 248), ("pytest", "8.3.3", 257), ("rich", "13.9.4", 274), ("sniffio", "1.3.1", 288), ("tomli", "2.1.0", 297),
                ("typing-extensions", "4.12.2", 306),
            ],
            contents.Dependencies.Select(d => (d.Name.Normalized, d.PinnedVersion!, d.Location.Line)));
        Assert.All(contents.Dependencies, d => Assert.True(d.IsLocked));
        Assert.All(contents.Dependencies, d => Assert.Equal(Lock, d.Location.File));
        Assert.All(contents.Dependencies, d => Assert.Equal(VersionSpecifierSet.Parse("==" + d.PinnedVersion), d.Specifier));
        Assert.All(contents.Dependencies, d => Assert.Empty(d.Extras));
    }

    [Fact]
    public async Task ReadAsync_RegistryPackage_CarriesTheHashOfEachFileWithItsName()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        var anyio = contents.Single("anyio");
        Assert.Equal("anyio==4.6.2.post1", anyio.Requirement);
        Assert.Equal(
            [
                new RecordedHash("sha256", "95792b1b838ea22471dd4da35274cf6637a181510e948bf922b651149b22adab", "anyio-4.6.2.post1.tar.gz"),
                new RecordedHash("sha256", "086180ac1d0e8d5f0f1685c3a2e8bb19092ecbc80141463858928d0ff34d0310", "anyio-4.6.2.post1-py3-none-any.whl"),
            ],
            anyio.Hashes);
        Assert.Null(anyio.Marker);
        Assert.Equal(3, contents.Dependencies.Single(d => d.PinnedVersion == "2.0.2").Hashes.Count);
    }

    [Fact]
    public async Task ReadAsync_ForkedVersions_CarryTheirResolutionMarkers()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        var numpy = contents.Dependencies.Where(d => d.Name.Normalized == "numpy").ToArray();
        Assert.Equal(["python_full_version < \"3.10\"", "python_full_version >= \"3.10\""], numpy.Select(d => d.Marker));
    }

    [Fact]
    public async Task ReadAsync_WorkspaceMembersAndGitSource_AreNotInspectable()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        Assert.Equal(
            [
                new NotInspectableEntry("acme-app 0.1.0 (editable: .)", NotInspectableReason.LocalProject, new SourceLocation(Lock, 14), PackageName.Parse("acme-app")),
                new NotInspectableEntry("acme-lib 0.1.0 (editable: packages/acme-lib)", NotInspectableReason.LocalProject, new SourceLocation(Lock, 57), PackageName.Parse("acme-lib")),
                new NotInspectableEntry(
                    "acme-plugin 1.4.0 (git: https://github.com/acme/acme-plugin?rev=v1.4.0#0f5b7c3e9d2a41b8a6c1e4f7d8b9a0c2e3f4a5b6)",
                    NotInspectableReason.Vcs,
                    new SourceLocation(Lock, 72),
                    PackageName.Parse("acme-plugin")),
            ],
            contents.NotInspectable);
    }

    [Fact]
    public async Task ReadAsync_Registries_AreRecordedOncePerUrlAtTheirFirstMention()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        Assert.Equal(
            [
                new IndexDirective(IndexDirectiveKind.PackageSource, "https://pypi.acme.example/simple", new SourceLocation(Lock, 51)),
                new IndexDirective(IndexDirectiveKind.PackageSource, "https://pypi.org/simple", new SourceLocation(Lock, 80)),
            ],
            contents.Indexes);
    }

    [Fact]
    public async Task ReadAsync_ExtrasAndDevGroups_NameThePackagesOnlyTheyPullIn()
    {
        var contents = await UvLockFileReader.ReadAsync(Lock);

        var groups = contents.Dependencies.Where(d => d.Group is not null).ToDictionary(d => d.Name.Normalized, d => d.Group);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["colorama"] = "dev", ["iniconfig"] = "dev", ["markdown-it-py"] = "cli", ["mdurl"] = "cli", ["packaging"] = "dev",
                ["pluggy"] = "dev", ["pygments"] = "cli", ["pytest"] = "dev", ["rich"] = "cli", ["tomli"] = "dev",
            },
            groups);

        // Needed by the main dependencies too (anyio), so in no group.
        Assert.Null(contents.Single("typing-extensions").Group);
        Assert.Null(contents.Single("exceptiongroup").Group);
    }

    [Fact]
    public async Task ReadAsync_Revision_IsAccepted()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write(
            "uv.lock",
            """
            version = 1
            revision = 2
            requires-python = ">=3.12"

            [[package]]
            name = "six"
            version = "1.17.0"
            source = { registry = "https://pypi.org/simple" }
            sdist = { url = "https://files.pythonhosted.org/packages/94/e7/b2c673351809dca68a0e064b6af791aa332cf192da575fd474ed7d6f16a2/six-1.17.0.tar.gz", hash = "sha256:FF70335D468E7EB6EC65B95B99D3A2836546063F63ACC5171DE367E834932A81", size = 34031, upload-time = "2024-12-04T17:35:28.174Z" }
            wheels = [
                { url = "https://files.pythonhosted.org/packages/b7/ce/149a00dd41f10bc29e5921b496af8b574d8413afcd5e30dfa0ed46c2cc5e/six-1.17.0-py2.py3-none-any.whl", hash = "sha256:4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274", size = 11050, upload-time = "2024-12-04T17:35:26.475Z" },
            ]

            [[package]]
            name = "tool"
            version = "0.1.0"
            source = { virtual = "." }

            [[package]]
            name = "wheelhouse-pkg"
            version = "2.0.0"
            source = { path = "wheels/wheelhouse_pkg-2.0.0-py3-none-any.whl" }
            wheels = [
                { filename = "wheelhouse_pkg-2.0.0-py3-none-any.whl", hash = "sha256:1111111111111111111111111111111111111111111111111111111111111111" },
            ]

            [[package]]
            name = "remote"
            version = "1.0"
            source = { url = "https://example.com/remote-1.0.tar.gz" }

            [[package]]
            name = "local-src"
            version = "0.0.1"
            source = { directory = "../local-src" }
            """);

        var contents = await UvLockFileReader.ReadAsync(file);

        var six = Assert.Single(contents.Dependencies);
        Assert.Equal("sha256:ff70335d468e7eb6ec65b95b99d3a2836546063f63acc5171de367e834932a81", six.Digests()[0]);
        Assert.Equal(
            [
                ("tool", NotInspectableReason.LocalProject, 14), ("wheelhouse-pkg", NotInspectableReason.LocalPath, 19),
                ("remote", NotInspectableReason.Url, 27), ("local-src", NotInspectableReason.LocalPath, 32),
            ],
            contents.NotInspectable.Select(e => (e.Name!.Value.Normalized, e.Reason, e.Location.Line)));
        Assert.All(contents.Dependencies, d => Assert.Null(d.Group));
    }

    [Theory]
    [InlineData("version = 2\n", 1, "unsupported uv.lock version 2")]
    [InlineData("revision = 1\n", 1, "`version` is missing")]
    [InlineData("version = \"1\"\n", 1, "`version` must be an integer")]
    [InlineData("version = 1\n\n[[package]]\nname = \"six\"\nversion = \"1.17.0\"\n", 3, "has no `source`")]
    [InlineData("version = 1\n\n[[package]]\nname = \"six\"\nversion = \"1.17.0\"\nsource = { registry = \"https://pypi.org/simple\" }\nsdist = { hash = \"sha256:zz\" }\n", 7, "not hexadecimal")]
    [InlineData("version = 1\n\n[[package]]\nname = \"six\"\nversion = \"1.17.0\"\nsource = { registry = \"https://pypi.org/simple\" }\nsdist = { hash = \"sha256\" }\n", 7, "not of the form ALGORITHM:HEX")]
    [InlineData("version = 1\n\n[[package]]\nname = \"six\"\nversion = \"one\"\nsource = { registry = \"https://pypi.org/simple\" }\n", 5, "not a valid PEP 440 version")]
    [InlineData("version = 1\n\n[[package]]\nname = \"six\"\nsource = { mirror = \"x\" }\n", 5, "no known kind")]
    [InlineData("version = 1\n[[package]]\nname = \"six\"\nname = \"seven\"\n", 4, "invalid TOML")]
    public async Task ReadAsync_InvalidLock_IsAnErrorWithFileAndLine(string text, int line, string expected)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("uv.lock", text);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => UvLockFileReader.ReadAsync(file));

        Assert.Equal((file, line), (error.File, error.Line));
        Assert.StartsWith($"{file}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

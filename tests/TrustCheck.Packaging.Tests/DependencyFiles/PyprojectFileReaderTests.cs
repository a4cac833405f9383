using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class PyprojectFileReaderTests
{
    private static readonly string Project = DependencyFileInputs.Path("pyproject/pyproject.toml");

    [Fact]
    public async Task ReadAsync_Project_ReadsDependenciesExtrasAndGroupsWithTheLineOfEachString()
    {
        var contents = await PyprojectFileReader.ReadAsync(Project);

        Assert.Equal(DependencyFileFormat.Pyproject, contents.Format);
        Assert.Equal(
            [
                ("httpx", null, 13), ("pydantic", null, 14), ("tomli", null, 15),
                ("psycopg", "postgres", 20), ("rich", "Cli", 22), ("typer", "Cli", 23),
                ("pytest", "test", 31), ("pytest-cov", "test", 32), ("mypy", "test", 35), ("types-requests", "test", 35),
                ("mypy", "typing", 35), ("types-requests", "typing", 35),
                ("pytest", "dev", 31), ("pytest-cov", "dev", 32), ("mypy", "dev", 35), ("types-requests", "dev", 35), ("ruff", "dev", 38),
            ],
            contents.Dependencies.Select(d => (d.Name.Normalized, d.Group, d.Location.Line)));
        Assert.All(contents.Dependencies, d => Assert.False(d.IsLocked));
        Assert.All(contents.Dependencies, d => Assert.Empty(d.Hashes));
    }

    [Fact]
    public async Task ReadAsync_Project_KeepsSpecifiersExtrasMarkersAndPins()
    {
        var contents = await PyprojectFileReader.ReadAsync(Project);

        var httpx = contents.Single("httpx");
        Assert.Equal(("httpx>=0.27,<1", VersionSpecifierSet.Parse(">=0.27,<1"), (string?)null), (httpx.Requirement, httpx.Specifier, httpx.PinnedVersion));
        var pydantic = contents.Single("pydantic");
        Assert.Equal(["email"], pydantic.Extras);
        Assert.Equal("2.9.2", pydantic.PinnedVersion);
        Assert.Equal("python_version < \"3.11\"", contents.Single("tomli").Marker);
        Assert.Equal(["binary"], contents.Single("psycopg").Extras);
        Assert.All(contents.Dependencies.Where(d => d.Name.Normalized == "pytest-cov"), d => Assert.True(d.Specifier.IsEmpty));
    }

    [Fact]
    public async Task ReadAsync_Project_DirectReferenceIsNotInspectable()
    {
        var contents = await PyprojectFileReader.ReadAsync(Project);

        Assert.Equal(
            new NotInspectableEntry(
                "acme-schemas @ git+https://github.com/acme/schemas.git@v3.1.0", NotInspectableReason.Vcs, new SourceLocation(Project, 16), PackageName.Parse("acme-schemas")),
            Assert.Single(contents.NotInspectable));
        Assert.Empty(contents.Indexes);
    }

    [Fact]
    public async Task ReadAsync_NoDependencyTables_IsEmpty()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("pyproject.toml", "[tool.black]\nline-length = 100\n");

        var contents = await PyprojectFileReader.ReadAsync(file);

        Assert.Empty(contents.Dependencies);
        Assert.Empty(contents.NotInspectable);
        Assert.Equal(file, contents.Path);
    }

    [Fact]
    public async Task ReadAsync_IncludeGroupByAnotherSpelling_IsFound()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("pyproject.toml", "[dependency-groups]\nLint_Tools = [\"ruff\"]\nci = [{include-group = \"lint-tools\"}]\n");

        var contents = await PyprojectFileReader.ReadAsync(file);

        Assert.Equal([("ruff", "Lint_Tools"), ("ruff", "ci")], contents.Dependencies.Select(d => (d.Name.Normalized, d.Group!)));
    }

    [Theory]
    [InlineData("[project]\nname = \"x\"\ndependencies = [\n  \"requests\",\n  \"flask >= \",\n]\n", 5, "invalid requirement 'flask >= '")]
    [InlineData("[project]\ndependencies = \"requests\"\n", 2, "`dependencies` must be an array")]
    [InlineData("[project]\ndependencies = [1]\n", 2, "must be strings")]
    [InlineData("[project.optional-dependencies]\ncli = \"rich\"\n", 2, "must be an array")]
    [InlineData("[dependency-groups]\na = [\"ruff\", {include-group = \"b\"}]\nb = [\n  {include-group = \"a\"},\n]\n", 4, "dependency group 'b' includes 'a', which makes a cycle: a -> b -> a")]
    [InlineData("[dependency-groups]\nself = [{include-group = \"self\"}]\n", 2, "makes a cycle: self -> self")]
    [InlineData("[dependency-groups]\na = [{include-group = \"missing\"}]\n", 2, "includes 'missing', which is not defined")]
    [InlineData("[dependency-groups]\na = [{include-group = \"b\", extra = 1}]\nb = []\n", 2, "may hold requirement strings")]
    [InlineData("[dependency-groups]\ntest = []\nTest = []\n", 3, "defined twice")]
    [InlineData("[project]\ndependencies = [\n\"a\"\n", 4, "invalid TOML")]
    [InlineData("[project]\nname = \"x\"\n\n[project]\nversion = \"1\"\n", 4, "invalid TOML: [project] is already defined at line 1")]
    public async Task ReadAsync_InvalidProject_IsAnErrorWithFileAndLine(string text, int line, string expected)
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("pyproject.toml", text);

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => PyprojectFileReader.ReadAsync(file));

        Assert.Equal((file, line), (error.File, error.Line));
        Assert.StartsWith($"{file}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

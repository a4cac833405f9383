using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

public sealed class DependencyFileReaderTests
{
    [Theory]
    [InlineData("pylock.toml", DependencyFileFormat.Pylock)]
    [InlineData("/repo/locks/pylock.dev.toml", DependencyFileFormat.Pylock)]
    [InlineData("uv.lock", DependencyFileFormat.UvLock)]
    [InlineData("app/poetry.lock", DependencyFileFormat.PoetryLock)]
    [InlineData("pyproject.toml", DependencyFileFormat.Pyproject)]
    [InlineData("requirements.txt", DependencyFileFormat.Requirements)]
    [InlineData("requirements/dev.in", DependencyFileFormat.Requirements)]
    [InlineData("constraints.txt", DependencyFileFormat.Requirements)]
    [InlineData("Requirements-Prod.TXT", DependencyFileFormat.Requirements)]
    public void DetectFormat_KnownName_IsItsFormat(string path, DependencyFileFormat format)
    {
        Assert.Equal(format, DependencyFileReader.DetectFormat(path));
    }

    [Theory]
    [InlineData("Pipfile.lock")]
    [InlineData("setup.cfg")]
    [InlineData("pylock.a.b.toml")]
    [InlineData("pylock..toml")]
    [InlineData("other.toml")]
    [InlineData("package-lock.json")]
    public void DetectFormat_UnknownName_ExplainsTheAcceptedNames(string path)
    {
        var error = Assert.Throws<DependencyFileException>(() => DependencyFileReader.DetectFormat(path));

        Assert.Equal(Path.GetFullPath(path), error.File);
        Assert.Null(error.Line);
        Assert.Contains("pylock.toml or pylock.NAME.toml", error.Message, StringComparison.Ordinal);
        Assert.Contains("uv.lock, poetry.lock, pyproject.toml", error.Message, StringComparison.Ordinal);
        Assert.Contains(".txt or .in", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pip-compile/requirements.txt", DependencyFileFormat.Requirements, 7)]
    [InlineData("pip-compile/requirements.in", DependencyFileFormat.Requirements, 2)]
    [InlineData("pylock/pylock.toml", DependencyFileFormat.Pylock, 4)]
    [InlineData("uv/uv.lock", DependencyFileFormat.UvLock, 23)]
    [InlineData("poetry-1.8/poetry.lock", DependencyFileFormat.PoetryLock, 12)]
    [InlineData("poetry-1.1/poetry.lock", DependencyFileFormat.PoetryLock, 8)]
    [InlineData("pyproject/pyproject.toml", DependencyFileFormat.Pyproject, 17)]
    public async Task ReadAsync_EachInput_IsReadByItsFormatsReader(string relative, DependencyFileFormat format, int dependencies)
    {
        var path = DependencyFileInputs.Path(relative);

        var contents = await DependencyFileReader.ReadAsync(path);

        Assert.Equal(path, contents.Path);
        Assert.Equal(format, contents.Format);
        Assert.Equal(dependencies, contents.Dependencies.Count);
    }

    [Fact]
    public async Task ReadAsync_RelativePath_ReportsAbsolutePaths()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", "six==1.16.0\n");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

        var contents = await DependencyFileReader.ReadAsync(relative);

        Assert.Equal(file, contents.Path);
        Assert.Equal(file, Assert.Single(contents.Dependencies).Location.File);
    }

    [Fact]
    public async Task ReadAsync_UnknownName_Throws()
    {
        await Assert.ThrowsAsync<DependencyFileException>(() => DependencyFileReader.ReadAsync("Pipfile.lock"));
    }

    [Fact]
    public async Task ReadAsync_TomlFileOverTheSizeLimit_IsAnError()
    {
        var path = DependencyFileInputs.Path("uv/uv.lock");

        var error = await Assert.ThrowsAsync<DependencyFileException>(() => DependencyFileReader.ReadAsync(path, new DependencyFileReadOptions { MaxFileBytes = 1024 }));

        Assert.Equal(path, error.File);
        Assert.Null(error.Line);
        Assert.Contains("over the limit of 1024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_AreTheDocumentedOnes()
    {
        var options = new DependencyFileReadOptions();

        Assert.Equal(32, options.MaxIncludeDepth);
        Assert.Equal(16L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), options.EnvironmentVariable("PATH"));
    }

    [Fact]
    public void Exception_WithoutLine_NamesOnlyTheFile()
    {
        Assert.Equal("/x/requirements.txt:12: bad", new DependencyFileException("/x/requirements.txt", 12, "bad").Message);
        Assert.Equal("/x/requirements.txt: bad", new DependencyFileException("/x/requirements.txt", null, "bad").Message);
    }
}

namespace TrustCheck.TestKit.Tests;

public sealed class SharedDataTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-shared-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void Root_InThisCheckout_HoldsTheDesignAndVectors()
    {
        Assert.True(Directory.Exists(Path.Combine(SharedData.Root, "design")));
        Assert.True(File.Exists(SharedData.PathOf("vectors/packaging/versions.json")));
    }

    [Fact]
    public void Locate_SharedBesideRepository_ReturnsIt()
    {
        var repo = _scratch.CreateSubdirectory("repo");
        File.WriteAllText(Path.Combine(repo.FullName, "TrustCheck.sln"), string.Empty);
        var shared = _scratch.CreateSubdirectory("shared");
        var deep = repo.CreateSubdirectory("tests/bin/Debug/net10.0");

        Assert.Equal(shared.FullName, SharedData.Locate(null, deep.FullName));
    }

    [Fact]
    public void Locate_SharedMissing_ThrowsNamingTheExpectedPath()
    {
        var repo = _scratch.CreateSubdirectory("repo");
        File.WriteAllText(Path.Combine(repo.FullName, "TrustCheck.sln"), string.Empty);

        var error = Assert.Throws<SharedDataMissingException>(() => SharedData.Locate(null, repo.FullName));
        Assert.Contains(Path.Combine(_scratch.FullName, "shared"), error.Message, StringComparison.Ordinal);
        Assert.Contains(SharedData.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_OverrideGiven_WinsOverTheRepositoryLayout()
    {
        var custom = _scratch.CreateSubdirectory("elsewhere");

        Assert.Equal(custom.FullName, SharedData.Locate(custom.FullName, "/"));
    }

    [Fact]
    public void Locate_OverrideMissing_Throws()
    {
        var missing = Path.Combine(_scratch.FullName, "nope");

        var error = Assert.Throws<SharedDataMissingException>(() => SharedData.Locate(missing, _scratch.FullName));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_MissingFile_Throws()
    {
        Assert.Throws<SharedDataMissingException>(() => SharedData.PathOf("vectors/no-such-file.json"));
    }
}

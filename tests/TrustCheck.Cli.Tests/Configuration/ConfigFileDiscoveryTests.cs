using TrustCheck.Cli.Configuration;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Configuration;

/// <summary>Where the config file is found: from the working directory upward, trustcheck.toml before a pyproject.toml with [tool.trustcheck].</summary>
public sealed class ConfigFileDiscoveryTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Find_FromANestedDirectory_TakesTheNearestTrustcheckToml()
    {
        Write("trustcheck.toml", "offline = true\n");
        Write("project/trustcheck.toml", "offline = false\n");
        var nested = Directory.CreateDirectory(Path.Combine(_root.Path, "project", "src", "pkg")).FullName;

        var found = ConfigFileLocator.Find(nested);

        Assert.Equal(new ConfigFile(Path.Combine(_root.Path, "project", "trustcheck.toml"), IsPyproject: false), found);
    }

    [Fact]
    public void Find_PyprojectWithToolTable_IsTheConfig()
    {
        Write("project/pyproject.toml", "[project]\nname = \"demo\"\n\n[tool.trustcheck]\npolicy = \"strict\"\n");

        var found = ConfigFileLocator.Find(Path.Combine(_root.Path, "project"));

        Assert.Equal(new ConfigFile(Path.Combine(_root.Path, "project", "pyproject.toml"), IsPyproject: true), found);
    }

    [Fact]
    public void Find_PyprojectWithoutToolTable_IsPassedOverForTheParentsConfig()
    {
        Write("trustcheck.toml", "policy = \"strict\"\n");
        Write("project/pyproject.toml", "[project]\nname = \"demo\"\n\n[tool.ruff]\nline-length = 100\n");

        var found = ConfigFileLocator.Find(Path.Combine(_root.Path, "project"));

        Assert.Equal(Path.Combine(_root.Path, "trustcheck.toml"), found?.Path);
    }

    [Fact]
    public void Find_BothInOneDirectory_PrefersTrustcheckToml()
    {
        Write("project/pyproject.toml", "[tool.trustcheck]\npolicy = \"strict\"\n");
        Write("project/trustcheck.toml", "policy = \"default\"\n");

        Assert.False(ConfigFileLocator.Find(Path.Combine(_root.Path, "project"))!.IsPyproject);
    }

    [Fact]
    public void Find_NoConfigAnywhere_IsNull()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root.Path, "empty")).FullName;

        // The temporary directory lives under the system temp folder, which holds no trustcheck.toml of its own.
        Assert.Null(ConfigFileLocator.Find(empty));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

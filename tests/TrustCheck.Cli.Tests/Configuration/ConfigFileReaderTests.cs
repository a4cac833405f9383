using TrustCheck.Cli.Configuration;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Configuration;

/// <summary>Reading a config file: every key of the settings table, and errors that name the key, the file and the line.</summary>
public sealed class ConfigFileReaderTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Read_EveryKind_ConvertsAndResolvesPathsAgainstTheFile()
    {
        var file = Write("trustcheck.toml", """
            # the project's TrustCheck settings
            pypi-url = "https://pypi.internal.example/"
            extra-index-url = ["https://a.example/simple/", "https://b.example/simple/"]
            internal-package = ["acme-*"]
            cache-dir = "build/trustcheck-cache"
            offline = true
            python-version = "3.11"
            """);

        var values = ConfigFileReader.Read(file);

        Assert.Equal("https://pypi.internal.example/", values[CliSettings.PyPiUrl].Single);
        Assert.Equal($"{file.Path}:2", values[CliSettings.PyPiUrl].Origin);
        Assert.Equal(["https://a.example/simple/", "https://b.example/simple/"], values[CliSettings.ExtraIndexUrl].Values);
        Assert.Equal(["acme-*"], values[CliSettings.InternalPackage].Values);
        Assert.Equal(Path.Combine(_root.Path, "build", "trustcheck-cache"), values[CliSettings.CacheDir].Single);
        Assert.Equal("true", values[CliSettings.Offline].Single);
        Assert.Equal("3.11", values[CliSettings.PythonVersion].Single);
        Assert.Equal(6, values.Count);
    }

    [Fact]
    public void Read_PyprojectToolTable_ReadsOnlyThatTable()
    {
        var file = Write("pyproject.toml", """
            [project]
            name = "demo"
            dependencies = ["requests"]

            [tool.trustcheck]
            policy = "strict"
            trusted-name = ["acme-core"]
            """, pyproject: true);

        var values = ConfigFileReader.Read(file);

        Assert.Equal(2, values.Count);
        Assert.Equal("strict", values[CliSettings.Policy].Single);
        Assert.Equal($"{file.Path}:6", values[CliSettings.Policy].Origin);
    }

    [Theory]
    [InlineData("offline = true\npypi_url = \"https://x.example/\"\n", ":2: unknown key 'pypi_url'")]
    [InlineData("offline = \"yes\"\n", ":1: 'offline' must be true or false")]
    [InlineData("extra-index-url = \"https://x.example/\"\n", ":1: 'extra-index-url' must be an array of strings")]
    [InlineData("internal-package = [\"a\", 3]\n", ":1: 'internal-package' must be an array of strings")]
    [InlineData("policy = \"strict\"\npolicy = \"default\"\n", "")]
    [InlineData("policy = \"strict\"\n\n[sources]\npypi-url = \"https://x.example/\"\n", ":3: [sources] is not a TrustCheck setting")]
    public void Read_BadFile_IsAUsageErrorNamingTheFileAndLine(string text, string expected)
    {
        var file = Write("trustcheck.toml", text);

        var error = Assert.Throws<UsageException>(() => ConfigFileReader.Read(file));

        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKeyInToolTable_NamesTheTable()
    {
        var file = Write("pyproject.toml", "[tool.trustcheck]\npolicy = \"strict\"\nformat = \"json\"\n", pyproject: true);

        var error = Assert.Throws<UsageException>(() => ConfigFileReader.Read(file));

        Assert.StartsWith($"{file.Path}:3: unknown key 'format' in [tool.trustcheck]", error.Message, StringComparison.Ordinal);
    }

    private ConfigFile Write(string name, string text, bool pyproject = false)
    {
        var path = Path.Combine(_root.Path, name);
        File.WriteAllText(path, text);
        return new ConfigFile(path, pyproject);
    }
}

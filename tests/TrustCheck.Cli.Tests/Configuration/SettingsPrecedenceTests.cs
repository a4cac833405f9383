using TrustCheck.Cli.Configuration;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Configuration;

/// <summary>The documented precedence: config file, then environment variables, then flags; a later layer replaces a whole list.</summary>
public sealed class SettingsPrecedenceTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData(true, true, true, "--pypi-url", "https://flag.example/")]
    [InlineData(true, true, false, "TRUSTCHECK_PYPI_URL", "https://env.example/")]
    [InlineData(true, false, false, "trustcheck.toml:1", "https://file.example/")]
    [InlineData(false, true, false, "TRUSTCHECK_PYPI_URL", "https://env.example/")]
    [InlineData(false, false, true, "--pypi-url", "https://flag.example/")]
    public void Build_EachLayerOverridesTheOneBefore(bool inFile, bool inEnvironment, bool asFlag, string origin, string expected)
    {
        var file = inFile ? Config("pypi-url = \"https://file.example/\"\n") : null;
        var environment = Environment(inEnvironment ? new() { ["TRUSTCHECK_PYPI_URL"] = "https://env.example/" } : []);
        var flags = asFlag ? Flag(CliSettings.PyPiUrl, "https://flag.example/") : NoFlags;

        var settings = CliConfiguration.Build(file, environment, flags);

        Assert.Equal(expected, settings.Text(CliSettings.PyPiUrl));
        Assert.EndsWith(origin, settings[CliSettings.PyPiUrl]!.Origin, StringComparison.Ordinal);
        Assert.Equal(expected, settings.ToConfiguration()["Sources:PyPiUrl"]);
    }

    [Fact]
    public void Build_ListFromTheEnvironment_ReplacesTheFilesWholeList()
    {
        var file = Config("extra-index-url = [\"https://a.example/\", \"https://b.example/\", \"https://c.example/\"]\n");
        var environment = Environment(new() { ["TRUSTCHECK_EXTRA_INDEX_URL"] = "https://env.example/" });

        var configuration = CliConfiguration.Build(file, environment, NoFlags).ToConfiguration();

        Assert.Equal("https://env.example/", configuration["Sources:ExtraIndexUrls:0"]);
        Assert.Null(configuration["Sources:ExtraIndexUrls:1"]);
    }

    [Theory]
    [InlineData("TRUSTCHECK_OFFLINE", "maybe", "TRUSTCHECK_OFFLINE: 'maybe' is not a boolean")]
    [InlineData("TRUSTCHECK_OSV_URL", "osv.example", "TRUSTCHECK_OSV_URL: osv-url 'osv.example' is not an absolute http(s) URL")]
    [InlineData("TRUSTCHECK_TRUSTED_ROOT", "/nonexistent/trusted_root.json", "TRUSTCHECK_TRUSTED_ROOT: trusted-root '/nonexistent/trusted_root.json' does not exist")]
    public void Build_BadEnvironmentValue_IsAUsageErrorNamingTheVariable(string variable, string value, string expected)
    {
        var error = Assert.Throws<UsageException>(() => CliConfiguration.Build(null, Environment(new() { [variable] = value }), NoFlags));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadUrlInTheFile_NamesTheFileAndLine()
    {
        var file = Config("offline = false\nindex-url = \"pypi.org/simple\"\n");

        var error = Assert.Throws<UsageException>(() => CliConfiguration.Build(file, Environment([]), NoFlags));

        Assert.StartsWith($"{file.Path}:2: index-url 'pypi.org/simple' is not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OtherTrustcheckVariables_AreNotSettings()
    {
        var settings = CliConfiguration.Build(null, Environment(new() { ["TRUSTCHECK_SHARED"] = "/somewhere", ["TRUSTCHECK_DEBUG"] = "1" }), NoFlags);

        Assert.DoesNotContain(Microsoft.Extensions.Configuration.ConfigurationExtensions.AsEnumerable(settings.ToConfiguration()), e => e.Value is not null);
    }

    [Fact]
    public void Build_NoColorSetToAnything_TurnsColourOff()
    {
        Assert.False(CommonOptions.Colour(CliConfiguration.Build(null, Environment(new() { ["NO_COLOR"] = "0" }), NoFlags)));
        Assert.True(CommonOptions.Colour(CliConfiguration.Build(null, Environment([]), NoFlags)));
    }

    private static Dictionary<SettingDefinition, SettingValue> NoFlags => [];

    private ConfigFile Config(string text)
    {
        var path = Path.Combine(_root.Path, "trustcheck.toml");
        File.WriteAllText(path, text);
        return new ConfigFile(path, IsPyproject: false);
    }

    private static Func<string, string?> Environment(Dictionary<string, string> variables) => name => variables.GetValueOrDefault(name);

    private static Dictionary<SettingDefinition, SettingValue> Flag(SettingDefinition setting, string value) =>
        new() { [setting] = new SettingValue([value], setting.Flag) };
}

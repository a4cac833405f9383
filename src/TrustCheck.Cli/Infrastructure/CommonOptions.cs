using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Configuration;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// The options every evidence-fetching command shares (CLI.md "Common options"); each is also a config-file key and
/// most an environment variable (<see cref="CliSettings"/>; precedence in <see cref="CliConfiguration"/>).
/// </summary>
internal sealed class CommonOptions
{
    public Option<string?> PyPiUrl { get; } = new("--pypi-url") { Description = "JSON API and Integrity API root [env TRUSTCHECK_PYPI_URL; default https://pypi.org]." };

    public Option<string?> IndexUrl { get; } = new("--index-url") { Description = "Simple API root (PEP 691 JSON) [env TRUSTCHECK_INDEX_URL; default https://pypi.org/simple]." };

    public Option<string[]> ExtraIndexUrls { get; } = new("--extra-index-url") { Description = "An extra (private) index; repeatable [env TRUSTCHECK_EXTRA_INDEX_URL, space-separated]." };

    public Option<string[]> InternalPackages { get; } = new("--internal-package") { Description = "A name that belongs to a private index; repeatable; prefix-* globs." };

    public Option<string[]> TrustedNames { get; } = new("--trusted-name") { Description = "A name you trust (yours, or an internal allow-list entry); repeatable. Never reported as a typosquat; names imitating it are." };

    public Option<string?> OsvUrl { get; } = new("--osv-url") { Description = "OSV API root [env TRUSTCHECK_OSV_URL; default https://api.osv.dev]." };

    public Option<FileInfo?> TrustedRoot { get; } = new("--trusted-root") { Description = "A Sigstore trusted_root.json [env TRUSTCHECK_TRUSTED_ROOT; default: through TUF, cached]." };

    public Option<FileInfo?> PopularNames { get; } = new("--popular-names") { Description = "A top-pypi-packages JSON file [env TRUSTCHECK_POPULAR_NAMES; default: fetched, cached]." };

    public Option<DirectoryInfo?> CacheDirectory { get; } = new("--cache-dir") { Description = "The cache directory [env TRUSTCHECK_CACHE_DIR; default $XDG_CACHE_HOME/trustcheck]." };

    public Option<bool> Offline { get; } = new("--offline") { Description = "Use the cache only; a miss is an error [env TRUSTCHECK_OFFLINE]." };

    public Option<string?> PythonVersion { get; } = new("--python-version") { Description = "Target Python (X.Y) for markers and Requires-Python [default 3.12]." };

    public Option<string?> Platform { get; } = new("--platform") { Description = "Target platform tag (linux_x86_64, win_amd64, macosx_14_0_arm64) [default linux_x86_64]." };

    public Option<bool> NoColor { get; } = new("--no-color") { Description = "No colour [env NO_COLOR]." };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "The config file [default: trustcheck.toml, or [tool.trustcheck] in pyproject.toml, from the working directory upward]." };

    public void AddTo(Command command)
    {
        ExtraIndexUrls.AllowMultipleArgumentsPerToken = false;
        InternalPackages.AllowMultipleArgumentsPerToken = false;
        TrustedNames.AllowMultipleArgumentsPerToken = false;
        foreach (var option in new Option[] { PyPiUrl, IndexUrl, ExtraIndexUrls, InternalPackages, TrustedNames, OsvUrl, TrustedRoot, PopularNames, CacheDirectory, Offline, PythonVersion, Platform, NoColor, Config })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The run's settings: the config file (<c>--config</c>, else discovered from the working directory), then the
    /// environment, then these flags and the command's own setting flags (<paramref name="more"/>: <c>--policy</c>, …).
    /// </summary>
    public CliConfiguration Settings(ParseResult parseResult, params (SettingDefinition Setting, string? Value)[] more)
    {
        var flags = new Dictionary<SettingDefinition, SettingValue>();
        void Set(SettingDefinition setting, string? value)
        {
            if (value is not null)
            {
                flags[setting] = new SettingValue([value], setting.Flag);
            }
        }

        void SetList(SettingDefinition setting, string[]? values)
        {
            if (values is { Length: > 0 })
            {
                flags[setting] = new SettingValue(values, setting.Flag);
            }
        }

        Set(CliSettings.PyPiUrl, parseResult.GetValue(PyPiUrl));
        Set(CliSettings.IndexUrl, parseResult.GetValue(IndexUrl));
        SetList(CliSettings.ExtraIndexUrl, parseResult.GetValue(ExtraIndexUrls));
        SetList(CliSettings.InternalPackage, parseResult.GetValue(InternalPackages));
        SetList(CliSettings.TrustedName, parseResult.GetValue(TrustedNames));
        Set(CliSettings.OsvUrl, parseResult.GetValue(OsvUrl));
        Set(CliSettings.TrustedRoot, parseResult.GetValue(TrustedRoot)?.FullName);
        Set(CliSettings.PopularNames, parseResult.GetValue(PopularNames)?.FullName);
        Set(CliSettings.CacheDir, parseResult.GetValue(CacheDirectory)?.FullName);
        Set(CliSettings.Offline, parseResult.GetValue(Offline) ? "true" : null);
        Set(CliSettings.PythonVersion, parseResult.GetValue(PythonVersion));
        Set(CliSettings.Platform, parseResult.GetValue(Platform));
        Set(CliSettings.NoColor, parseResult.GetValue(NoColor) ? "true" : null);
        foreach (var (setting, value) in more)
        {
            Set(setting, value);
        }

        var file = parseResult.GetValue(Config) is { } explicitFile
            ? explicitFile.Exists ? new ConfigFile(explicitFile.FullName, string.Equals(explicitFile.Name, "pyproject.toml", StringComparison.Ordinal)) : throw new UsageException($"--config: '{explicitFile.FullName}' does not exist.")
            : ConfigFileLocator.Find(Environment.CurrentDirectory);
        return CliConfiguration.Build(file, Environment.GetEnvironmentVariable, flags);
    }

    /// <summary>Registers TrustCheck with the run's settings, through the same <c>AddTrustCheck(configuration)</c> an embedding host calls.</summary>
    public static ITrustCheckBuilder Register(IServiceCollection services, CliConfiguration settings) =>
        services.AddTrustCheck(settings.ToConfiguration());

    public static bool Colour(CliConfiguration settings) => !settings.IsSet(CliSettings.NoColor);
}

using Microsoft.Extensions.Configuration;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Configuration;

/// <summary>
/// The settings of one run, layered: the config file (found from the working directory upward, or given with
/// <c>--config</c>), then environment variables, then flags — a later layer replaces a setting (a whole list) of an
/// earlier one. <see cref="ToConfiguration"/> is what <c>AddTrustCheck(configuration)</c> binds, the same path an
/// embedding host takes.
/// </summary>
internal sealed class CliConfiguration
{
    private readonly Dictionary<SettingDefinition, SettingValue> _values;

    private CliConfiguration(Dictionary<SettingDefinition, SettingValue> values, ConfigFile? file)
    {
        _values = values;
        File = file;
    }

    /// <summary>The config file read, or null.</summary>
    public ConfigFile? File { get; }

    public static CliConfiguration Build(ConfigFile? file, Func<string, string?> environment, IReadOnlyDictionary<SettingDefinition, SettingValue> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var values = file is null ? [] : ConfigFileReader.Read(file);
        foreach (var layer in new IReadOnlyDictionary<SettingDefinition, SettingValue>[] { EnvironmentSettings.Read(environment), flags })
        {
            foreach (var (setting, value) in layer)
            {
                values[setting] = value;
            }
        }

        var configuration = new CliConfiguration(values, file);
        configuration.Check();
        return configuration;
    }

    public SettingValue? this[SettingDefinition setting] => _values.GetValueOrDefault(setting);

    public string? Text(SettingDefinition setting) => this[setting]?.Single;

    public IReadOnlyList<string> List(SettingDefinition setting) => this[setting]?.Values ?? [];

    public bool IsSet(SettingDefinition setting) => this[setting] is { } value && (setting.Kind != SettingKind.Boolean || value.Single == "true");

    /// <summary>The settings that bind to the SDK, as configuration keys (<c>Sources:PyPiUrl</c>, <c>Sources:ExtraIndexUrls:0</c>).</summary>
    public IConfiguration ToConfiguration()
    {
        var entries = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (setting, value) in _values.Where(v => v.Key.ConfigurationPath is not null))
        {
            if (setting.IsList)
            {
                for (var i = 0; i < value.Values.Count; i++)
                {
                    entries[$"{setting.ConfigurationPath}:{i}"] = value.Values[i];
                }
            }
            else
            {
                entries[setting.ConfigurationPath!] = value.Single;
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(entries).Build();
    }

    private void Check()
    {
        foreach (var (setting, value) in _values)
        {
            foreach (var text in value.Values)
            {
                if (setting.Kind is SettingKind.Url or SettingKind.UrlList
                    && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                {
                    throw new UsageException($"{value.Origin}: {setting.Key} '{Http.UrlRedactor.RedactText(text)}' is not an absolute http(s) URL.");
                }

                if (setting.MustExist && !System.IO.File.Exists(text))
                {
                    throw new UsageException($"{value.Origin}: {setting.Key} '{text}' does not exist.");
                }
            }
        }
    }
}

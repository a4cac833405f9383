namespace TrustCheck.Cli.Configuration;

/// <summary>
/// The settings given by environment variables (only those of <see cref="CliSettings"/>; other <c>TRUSTCHECK_*</c>
/// variables are not settings). A URL list is space-separated; a boolean is 1/true/yes or 0/false/no, except
/// <c>NO_COLOR</c>, which any non-empty value sets (no-color.org).
/// </summary>
internal static class EnvironmentSettings
{
    public static Dictionary<SettingDefinition, SettingValue> Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<SettingDefinition, SettingValue>();
        foreach (var setting in CliSettings.All.Where(s => s.EnvironmentVariable is not null))
        {
            var variable = setting.EnvironmentVariable!;
            if (environment(variable) is not { Length: > 0 } text)
            {
                continue;
            }

            string[] parsed = setting switch
            {
                _ when setting == CliSettings.NoColor => ["true"],
                { IsList: true } => text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                { Kind: SettingKind.Boolean } => [Boolean(text, variable)],
                { Kind: SettingKind.Path } => [Path.GetFullPath(text)],
                _ => [text],
            };
            values[setting] = new SettingValue(parsed, variable);
        }

        return values;
    }

    private static string Boolean(string text, string variable) => text.Trim().ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "on" => "true",
        "0" or "false" or "no" or "off" => "false",
        _ => throw new Infrastructure.UsageException($"{variable}: '{text}' is not a boolean (1/true/yes or 0/false/no)."),
    };
}

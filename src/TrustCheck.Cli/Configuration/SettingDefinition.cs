namespace TrustCheck.Cli.Configuration;

/// <summary>One setting of the CLI: its config-file key (the flag's name without dashes), the SDK configuration path it binds to, its environment variable.</summary>
/// <param name="Key">The config-file key, the same as the flag's name (<c>pypi-url</c> for <c>--pypi-url</c>).</param>
/// <param name="ConfigurationPath">Where it binds in <c>AddTrustCheck(configuration)</c> (<c>Sources:PyPiUrl</c>); null for a CLI-only setting.</param>
/// <param name="EnvironmentVariable">Its environment variable, or null.</param>
/// <param name="Kind">Its type.</param>
/// <param name="MustExist">For a path: the file must exist.</param>
internal sealed record SettingDefinition(string Key, string? ConfigurationPath, string? EnvironmentVariable, SettingKind Kind, bool MustExist = false)
{
    public string Flag => "--" + Key;

    public bool IsList => Kind is SettingKind.UrlList or SettingKind.TextList;
}

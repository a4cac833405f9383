namespace TrustCheck.Cli.Configuration;

/// <summary>A setting's value (several for a list) and where it came from (<c>trustcheck.toml:3</c>, <c>TRUSTCHECK_PYPI_URL</c>, <c>--pypi-url</c>).</summary>
internal sealed record SettingValue(IReadOnlyList<string> Values, string Origin)
{
    public string Single => Values[0];
}

namespace TrustCheck.Cli.Configuration;

/// <summary>A config file found for a run: <c>trustcheck.toml</c>, or a <c>pyproject.toml</c> whose <c>[tool.trustcheck]</c> table holds the settings.</summary>
/// <param name="Path">The file (absolute).</param>
/// <param name="IsPyproject">True when the settings are the <c>[tool.trustcheck]</c> table of a pyproject.toml.</param>
internal sealed record ConfigFile(string Path, bool IsPyproject);

namespace TrustCheck.Cli.Configuration;

/// <summary>What a setting's value is, which decides how a config file, an environment variable or a flag spells it.</summary>
internal enum SettingKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>An absolute http(s) URL.</summary>
    Url,

    /// <summary>URLs: a TOML array, a space-separated environment variable, a repeated flag.</summary>
    UrlList,

    /// <summary>Names: a TOML array, a repeated flag.</summary>
    TextList,

    /// <summary>A file or directory; relative paths in a config file are relative to that file.</summary>
    Path,

    /// <summary>true or false (an environment variable: 1/true/yes or 0/false/no).</summary>
    Boolean,
}

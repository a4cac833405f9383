namespace TrustCheck.Cli.Configuration;

/// <summary>
/// Every setting the CLI reads from a config file, the environment and its flags — one table, so the three spellings
/// and docs/configuration.md cannot drift apart (a test checks the page against it).
/// </summary>
internal static class CliSettings
{
    public static readonly SettingDefinition PyPiUrl = new("pypi-url", "Sources:PyPiUrl", "TRUSTCHECK_PYPI_URL", SettingKind.Url);
    public static readonly SettingDefinition IndexUrl = new("index-url", "Sources:IndexUrl", "TRUSTCHECK_INDEX_URL", SettingKind.Url);
    public static readonly SettingDefinition ExtraIndexUrl = new("extra-index-url", "Sources:ExtraIndexUrls", "TRUSTCHECK_EXTRA_INDEX_URL", SettingKind.UrlList);
    public static readonly SettingDefinition InternalPackage = new("internal-package", "Inspection:InternalPackages", null, SettingKind.TextList);
    public static readonly SettingDefinition TrustedName = new("trusted-name", "Inspection:TrustedNames", null, SettingKind.TextList);
    public static readonly SettingDefinition OsvUrl = new("osv-url", "Sources:OsvUrl", "TRUSTCHECK_OSV_URL", SettingKind.Url);
    public static readonly SettingDefinition TrustedRoot = new("trusted-root", "Sources:TrustedRootFile", "TRUSTCHECK_TRUSTED_ROOT", SettingKind.Path, MustExist: true);
    public static readonly SettingDefinition PopularNames = new("popular-names", "Sources:PopularPackagesFile", "TRUSTCHECK_POPULAR_NAMES", SettingKind.Path, MustExist: true);
    public static readonly SettingDefinition CacheDir = new("cache-dir", "Paths:CacheDirectory", "TRUSTCHECK_CACHE_DIR", SettingKind.Path);
    public static readonly SettingDefinition Offline = new("offline", "Cache:Offline", "TRUSTCHECK_OFFLINE", SettingKind.Boolean);
    public static readonly SettingDefinition PythonVersion = new("python-version", "Inspection:PythonVersion", null, SettingKind.Text);
    public static readonly SettingDefinition Platform = new("platform", "Inspection:Platform", null, SettingKind.Text);
    public static readonly SettingDefinition Policy = new("policy", "Inspection:Policy", null, SettingKind.Text);
    public static readonly SettingDefinition PolicyFile = new("policy-file", "Inspection:PolicyFile", null, SettingKind.Path, MustExist: true);
    public static readonly SettingDefinition NoColor = new("no-color", null, "NO_COLOR", SettingKind.Boolean);

    public static IReadOnlyList<SettingDefinition> All { get; } =
        [PyPiUrl, IndexUrl, ExtraIndexUrl, InternalPackage, TrustedName, OsvUrl, TrustedRoot, PopularNames, CacheDir, Offline, PythonVersion, Platform, Policy, PolicyFile, NoColor];

    public static SettingDefinition? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}

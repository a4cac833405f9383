using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Inspection;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// The options every evidence-fetching command shares (CLI.md "Common options"); each also reads its environment
/// variable when not given on the command line.
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

    public void AddTo(Command command)
    {
        ExtraIndexUrls.AllowMultipleArgumentsPerToken = false;
        InternalPackages.AllowMultipleArgumentsPerToken = false;
        TrustedNames.AllowMultipleArgumentsPerToken = false;
        foreach (var option in new Option[] { PyPiUrl, IndexUrl, ExtraIndexUrls, InternalPackages, TrustedNames, OsvUrl, TrustedRoot, PopularNames, CacheDirectory, Offline, PythonVersion, Platform, NoColor })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Applies the options (and their environment variables) to a TrustCheck registration.</summary>
    public void Apply(ParseResult parseResult, ITrustCheckBuilder builder)
    {
        var pypi = Url(parseResult.GetValue(PyPiUrl), "--pypi-url") ?? EnvironmentUri("TRUSTCHECK_PYPI_URL");
        var index = Url(parseResult.GetValue(IndexUrl), "--index-url") ?? EnvironmentUri("TRUSTCHECK_INDEX_URL");
        var osv = Url(parseResult.GetValue(OsvUrl), "--osv-url") ?? EnvironmentUri("TRUSTCHECK_OSV_URL");
        var extras = parseResult.GetValue(ExtraIndexUrls) is { Length: > 0 } given
            ? given.Select(u => ParseUri(u, "--extra-index-url")).ToArray()
            : (Environment.GetEnvironmentVariable("TRUSTCHECK_EXTRA_INDEX_URL") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => ParseUri(u, "TRUSTCHECK_EXTRA_INDEX_URL")).ToArray();
        var trustedRoot = parseResult.GetValue(TrustedRoot)?.FullName ?? Environment.GetEnvironmentVariable("TRUSTCHECK_TRUSTED_ROOT");
        var popular = parseResult.GetValue(PopularNames)?.FullName ?? Environment.GetEnvironmentVariable("TRUSTCHECK_POPULAR_NAMES");
        if (trustedRoot is not null && !File.Exists(trustedRoot))
        {
            throw new UsageException($"The trusted root '{trustedRoot}' does not exist.");
        }

        builder.ConfigureSources(sources =>
        {
            sources.PyPiUrl = pypi ?? sources.PyPiUrl;
            sources.IndexUrl = index ?? sources.IndexUrl;
            sources.OsvUrl = osv ?? sources.OsvUrl;
            foreach (var extra in extras)
            {
                sources.ExtraIndexUrls.Add(extra);
            }

            sources.TrustedRootFile = string.IsNullOrEmpty(trustedRoot) ? null : trustedRoot;
            sources.PopularPackagesFile = string.IsNullOrEmpty(popular) ? null : popular;
        });
        var cacheDirectory = parseResult.GetValue(CacheDirectory)?.FullName;
        if (cacheDirectory is not null)
        {
            builder.UseCacheDirectory(cacheDirectory);
        }

        var offline = parseResult.GetValue(Offline) || IsTrue(Environment.GetEnvironmentVariable("TRUSTCHECK_OFFLINE"));
        builder.ConfigureCache(cache => cache.Offline = offline);
    }

    public TargetEnvironment Target(ParseResult parseResult)
    {
        var python = parseResult.GetValue(PythonVersion) ?? TargetEnvironment.Default.PythonVersion;
        if (!Packaging.PythonVersion.TryParse(python, out _))
        {
            throw new UsageException($"--python-version '{python}' is not a version (use X.Y, e.g. 3.12).");
        }

        return new TargetEnvironment(python, parseResult.GetValue(Platform) ?? TargetEnvironment.Default.Platform);
    }

    /// <summary>The <c>--trusted-name</c> values, each checked to be a project name.</summary>
    public IReadOnlyList<string> TrustedNameValues(ParseResult parseResult)
    {
        var names = parseResult.GetValue(TrustedNames) ?? [];
        var invalid = names.FirstOrDefault(n => !Packaging.PackageName.TryParse(n, out _));
        return invalid is null ? names : throw new UsageException($"--trusted-name '{invalid}' is not a project name.");
    }

    public bool Colour(ParseResult parseResult) =>
        !parseResult.GetValue(NoColor) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static Uri? Url(string? value, string option) => value is null ? null : ParseUri(value, option);

    private static Uri? EnvironmentUri(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? ParseUri(value, variable) : null;

    private static Uri ParseUri(string value, string source) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new UsageException($"{source}: '{Http.UrlRedactor.RedactText(value)}' is not an absolute URL.");

    private static bool IsTrue(string? value) => value is "1" or "true" or "TRUE" or "True" or "yes";
}

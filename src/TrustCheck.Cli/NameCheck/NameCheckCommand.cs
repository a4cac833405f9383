using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports.NameCheck;
using TrustCheck.Typosquatting;

namespace TrustCheck.Cli.NameCheck;

/// <summary>
/// <c>trustcheck name-check NAME... [--popular-names FILE] [--trusted-name NAME]... [--format text|json]</c>: an
/// offline typosquatting check of names against the popular-projects corpus (a file, or the cached copy); exit 4 when
/// any name is flagged.
/// </summary>
internal static class NameCheckCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("NAME") { Arity = ArgumentArity.OneOrMore, Description = "Project names to check (nothing is looked up on the index)." };
        var popular = new Option<FileInfo?>("--popular-names") { Description = "A top-pypi-packages JSON file [env TRUSTCHECK_POPULAR_NAMES; default: the cached copy]." };
        var trusted = new Option<string[]>("--trusted-name") { Description = "A name you trust; repeatable. Never flagged; imitations of it are.", AllowMultipleArgumentsPerToken = false };
        var cacheDirectory = new Option<DirectoryInfo?>("--cache-dir") { Description = "The cache directory holding the popular-names list [env TRUSTCHECK_CACHE_DIR]." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.NameCheckReportFormats]);

        var command = new Command("name-check", "Check project names for typosquatting against the popular-projects corpus, offline.")
        {
            names, popular, trusted, cacheDirectory, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            var file = parseResult.GetValue(popular)?.FullName ?? Environment.GetEnvironmentVariable("TRUSTCHECK_POPULAR_NAMES");
            if (!string.IsNullOrEmpty(file) && !File.Exists(file))
            {
                throw new UsageException($"The popular-names list '{file}' does not exist.");
            }

            var given = parseResult.GetValue(names) ?? [];
            var invalid = given.Concat(parseResult.GetValue(trusted) ?? []).FirstOrDefault(n => !Packaging.PackageName.TryParse(n, out _));
            if (invalid is not null)
            {
                throw new UsageException($"'{invalid}' is not a valid project name.");
            }

            var services = new ServiceCollection();
            var builder = services.AddTrustCheck()
                .ConfigureSources(sources => sources.PopularPackagesFile = string.IsNullOrEmpty(file) ? null : file)
                .ConfigureCache(cache => cache.Offline = true);
            if (parseResult.GetValue(cacheDirectory) is { } directory)
            {
                builder.UseCacheDirectory(directory.FullName);
            }

            await using var provider = ValidatedServices.Build(services);
            var report = await provider.GetRequiredService<INameChecker>().CheckAsync(given, parseResult.GetValue(trusted) ?? [], cancellationToken).ConfigureAwait(false);
            ReportWriters.TryGet(parseResult.GetValue(format)!, out IReportWriter<NameCheckReport>? writer);
            await writer!.WriteAsync(report, output, ReportWriterOptions.Default, cancellationToken).ConfigureAwait(false);
            return report.Results.Any(r => r.Flagged) ? ExitCodes.PolicyFailed : ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustCheck.Cli.Configuration;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports;

namespace TrustCheck.Cli.Inspect;

/// <summary>
/// <c>trustcheck inspect NAME [--version V] [--with-deps | --with-transitive-deps] [--expected-repo URL] …</c>:
/// inspects a release (and its dependencies) and applies a policy; exit 4 when the policy fails.
/// </summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The PyPI project." };
        var version = new Option<string?>("--version") { Description = "The release; default: the latest." };
        var withDeps = new Option<bool>("--with-deps") { Description = "Also inspect the direct dependencies." };
        var withTransitive = new Option<bool>("--with-transitive-deps") { Description = "Also inspect every transitive dependency." };
        var expectedRepository = new Option<string?>("--expected-repo") { Description = "The repository the release must be proven (by its attestation) to come from." };
        var format = new Option<string>("--format") { Description = "text, json, sarif or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.TrustReportFormats]);
        var output = new Option<FileInfo?>("--output") { Description = "Write the report here instead of stdout." };
        var policy = new Option<string?>("--policy") { Description = "default, strict or release-gate." };
        var policyFile = new Option<FileInfo?>("--policy-file") { Description = "A JSON policy file (see docs/policies.md)." };
        var verifyDownloads = new Option<bool>("--verify-downloads") { Description = "Download every file of each inspected release and check its bytes against the published SHA-256." };
        var inspectArtifacts = new Option<bool>("--inspect-artifacts") { Description = "Download every file of each inspected release (bound to its published SHA-256) and analyse what it would install and run, against the nearest earlier release's file of the same kind." };
        var common = new CommonOptions();

        var command = new Command("inspect", "Inspect a PyPI release: provenance, publisher, repository, drift, vulnerabilities; apply a policy.")
        {
            name, version, withDeps, withTransitive, expectedRepository, format, output, policy, policyFile, verifyDownloads, inspectArtifacts,
        };
        common.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(withDeps) && result.GetValue(withTransitive))
            {
                result.AddError("--with-deps and --with-transitive-deps cannot be used together.");
            }

            if (result.GetValue(policy) is not null && result.GetValue(policyFile) is not null)
            {
                result.AddError("--policy and --policy-file cannot be used together (a policy file names the profile it extends).");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async stdout =>
        {
            if (!PackageName.TryParse(parseResult.GetValue(name), out var package))
            {
                throw new UsageException($"'{parseResult.GetValue(name)}' is not a valid project name.");
            }

            var settings = common.Settings(parseResult, (CliSettings.Policy, parseResult.GetValue(policy)), (CliSettings.PolicyFile, parseResult.GetValue(policyFile)?.FullName));
            var services = new ServiceCollection();
            var builder = CommonOptions.Register(services, settings);
            var (policyName, policyRules) = await PolicySetting.ApplyAsync(settings, builder, cancellationToken).ConfigureAwait(false);
            await using var provider = ValidatedServices.Build(services);
            var defaults = provider.GetRequiredService<IOptions<InspectionDefaults>>().Value;
            var error = parseResult.InvocationConfiguration.Error;
            var request = new InspectionRequest
            {
                Packages = [new PackageRequest(package, parseResult.GetValue(version))],
                Dependencies = parseResult.GetValue(withTransitive) ? DependencyMode.Transitive : parseResult.GetValue(withDeps) ? DependencyMode.Direct : DependencyMode.None,
                Options = defaults.ApplyTo(new InspectionOptions
                {
                    ExpectedRepository = parseResult.GetValue(expectedRepository),
                    VerifyDownloads = parseResult.GetValue(verifyDownloads),
                    InspectArtifacts = parseResult.GetValue(inspectArtifacts),
                }),
                Policy = policyName,
            };
            var inspector = provider.GetRequiredService<ITrustInspector>();
            var report = await ProgressDisplay.RunAsync(error, progress => inspector.InspectAsync(request with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
            ReportWriters.TryGet(parseResult.GetValue(format)!, out IReportWriter<TrustReport>? writer);
            var presentation = new ReportWriterOptions { Colour = CommonOptions.Colour(settings) && parseResult.GetValue(output) is null && !Console.IsOutputRedirected };
            await ReportOutput.WriteAsync(writer!, report, stdout, parseResult.GetValue(output), presentation, cancellationToken).ConfigureAwait(false);
            return report.Policy.Passed ? ExitCodes.Success : ExitCodes.PolicyFailed;
        }));
        return command;
    }
}

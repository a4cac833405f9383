using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustCheck.Cli.Configuration;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Cli.Inspect;
using TrustCheck.Inspection;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports;
using TrustCheck.Scanning;

namespace TrustCheck.Cli.Scan;

/// <summary>
/// <c>trustcheck scan -f FILE [-f FILE…] [--format …] [--policy …]</c>: reads the dependency files, inspects every
/// package they declare once (locked versions as written, unpinned requirements resolved for the target), and applies
/// the policy; exit 4 when it fails. See docs/scan.md.
/// </summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var files = new Option<FileInfo[]>("--file", "-f") { Description = "A dependency file: requirements.txt, pylock.toml, uv.lock, poetry.lock or pyproject.toml; repeatable.", Required = true, AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "text, json, sarif or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.TrustReportFormats]);
        var output = new Option<FileInfo?>("--output") { Description = "Write the report here instead of stdout." };
        var policy = new Option<string?>("--policy") { Description = "default, strict or release-gate." };
        var policyFile = new Option<FileInfo?>("--policy-file") { Description = "A JSON policy file (see docs/policies.md)." };
        var verifyDownloads = new Option<bool>("--verify-downloads") { Description = "Download every file of each inspected release and check its bytes against the published SHA-256." };
        var inspectArtifacts = new Option<bool>("--inspect-artifacts") { Description = "Download every file of each inspected release and analyse what it would install and run, against the previous release." };
        var common = new CommonOptions();
        var command = new Command("scan", "Audit a project's dependency files: every declared package inspected once, one report, one policy decision.")
        {
            files, format, output, policy, policyFile, verifyDownloads, inspectArtifacts,
        };
        common.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async stdout =>
        {
            var contents = new List<DependencyFileContents>();
            foreach (var file in parseResult.GetValue(files) ?? [])
            {
                contents.Add(await DependencyFileReader.ReadAsync(file.FullName, cancellationToken: cancellationToken).ConfigureAwait(false));
            }

            var settings = common.Settings(parseResult, (CliSettings.Policy, parseResult.GetValue(policy)), (CliSettings.PolicyFile, parseResult.GetValue(policyFile)?.FullName));
            var target = new TargetEnvironment(settings.Text(CliSettings.PythonVersion) ?? TargetEnvironment.Default.PythonVersion, settings.Text(CliSettings.Platform) ?? TargetEnvironment.Default.Platform);
            ScanPlan plan;
            try
            {
                plan = DependencyFileScan.Plan(contents, target);
            }
            catch (ArgumentException exception)
            {
                throw new UsageException(exception.Message);
            }

            var services = new ServiceCollection();
            var builder = CommonOptions.Register(services, settings);
            builder.ConfigureSources(sources =>
            {
                foreach (var index in plan.Indexes.Where(i => !sources.ExtraIndexUrls.Contains(i)))
                {
                    sources.ExtraIndexUrls.Add(index);
                }
            });
            var (policyName, policyRules) = await PolicySetting.ApplyAsync(settings, builder, cancellationToken).ConfigureAwait(false);
            await using var provider = ValidatedServices.Build(services);
            var defaults = provider.GetRequiredService<IOptions<InspectionDefaults>>().Value;
            var error = parseResult.InvocationConfiguration.Error;
            foreach (var input in plan.Inputs.SelectMany(i => i.NotInspectable))
            {
                await error.WriteLineAsync($"{input.File}:{input.Line}: not inspected ({input.Reason}): {input.Text}").ConfigureAwait(false);
            }

            var inspector = provider.GetRequiredService<ITrustInspector>();
            var request = new InspectionRequest
            {
                Packages = plan.Packages,
                Dependencies = plan.Dependencies,
                Options = defaults.ApplyTo(new InspectionOptions
                {
                    Declared = plan.Declared,
                    VerifyDownloads = parseResult.GetValue(verifyDownloads),
                    InspectArtifacts = parseResult.GetValue(inspectArtifacts),
                }),
                Policy = policyName,
            };
            var report = plan.Packages.Count == 0
                ? null
                : await ProgressDisplay.RunAsync(error, progress => inspector.InspectAsync(request with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
            if (report is null)
            {
                throw new UsageException($"The files declare no package to inspect ({string.Join(", ", plan.Inputs.Select(i => i.File))}).");
            }

            report = NotInspectablePolicy.Apply(report with { Inputs = plan.Inputs }, policyRules);
            ReportWriters.TryGet(parseResult.GetValue(format)!, out IReportWriter<TrustReport>? writer);
            var presentation = new ReportWriterOptions { Colour = CommonOptions.Colour(settings) && parseResult.GetValue(output) is null && !Console.IsOutputRedirected };
            await ReportOutput.WriteAsync(writer!, report, stdout, parseResult.GetValue(output), presentation, cancellationToken).ConfigureAwait(false);
            return report.Policy.Passed ? ExitCodes.Success : ExitCodes.PolicyFailed;
        }));
        return command;
    }
}

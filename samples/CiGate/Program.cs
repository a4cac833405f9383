// A CI gate on a project's dependency files, with the SDK: the files read (DependencyFileReader), planned into one
// inspection (DependencyFileScan.Plan), inspected (ITrustInspector), written as SARIF for code scanning
// (SarifReportWriter) and summed up in one line. Exit 0 when the policy passes, 4 when it fails; 2 for a usage or
// settings error, 3 for a file that does not parse, 1 when the index cannot be reached. `trustcheck scan` does the
// same (src/TrustCheck.Cli/Scan/ScanCommand.cs).
//
//   dotnet run --project samples/CiGate -- requirements.txt --CiGate:Sarif=trustcheck.sarif --TrustCheck:Inspection:Policy=strict
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Engine.Evidence;
using TrustCheck.Inspection;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Policies;
using TrustCheck.Reporting;
using TrustCheck.Reports;
using TrustCheck.Scanning;
using TrustCheck.Sources;

// Arguments starting with `--` are settings (`--Key=value`); the others are dependency files. Only the settings go to
// the host, whose command-line reader would take a path starting with '/' for a switch.
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (files.Count == 0 || Array.Exists(settings, s => !s.Contains('=', StringComparison.Ordinal)))
{
    Console.Error.WriteLine("usage: CiGate FILE... [--CiGate:Sarif=FILE] [--TrustCheck:Section:Key=value]...");
    return 2;
}

// The working directory is the checkout being scanned (SARIF locations are relative to it); the gate's own settings
// (appsettings.json) are beside the gate.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the verdict
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // a settings error is printed once, below

// 1. The files, planned into one inspection for the target the settings name: locked and hash-pinned entries as
//    written, the rest resolved for the target, entries that cannot be inspected listed.
var contents = new List<DependencyFileContents>();
ScanPlan plan;
try
{
    foreach (var file in files)
    {
        contents.Add(await DependencyFileReader.ReadAsync(Path.GetFullPath(file)));
    }

    var inspection = builder.Configuration.GetSection("TrustCheck:Inspection");
    var target = new TargetEnvironment(
        inspection["PythonVersion"] ?? TargetEnvironment.Default.PythonVersion,
        inspection["Platform"] ?? TargetEnvironment.Default.Platform);
    plan = DependencyFileScan.Plan(contents, target);
}
catch (DependencyFileException exception)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return exception.InnerException is FileNotFoundException or DirectoryNotFoundException ? 2 : 3;
}
catch (ArgumentException exception)
{
    // One project pinned at two versions that must install together, or a target that is not one.
    Console.Error.WriteLine("error: " + exception.Message);
    return 2;
}

if (plan.Packages.Count == 0)
{
    Console.Error.WriteLine($"error: {string.Join(", ", files)} declare no package to inspect.");
    return 2;
}

// 2. TrustCheck, with the indexes the files name among the extra indexes, which the dependency-confusion check reads.
var trustCheck = builder.Services.AddTrustCheck(builder.Configuration.GetSection("TrustCheck"))
    .ConfigureSources(sources =>
    {
        foreach (var index in plan.Indexes.Where(i => !sources.ExtraIndexUrls.Contains(i)))
        {
            sources.ExtraIndexUrls.Add(index);
        }
    });
RulesPolicy? filePolicy = null;
try
{
    if (builder.Configuration["TrustCheck:Inspection:PolicyFile"] is { Length: > 0 } policyFile)
    {
        filePolicy = await PolicyFile.LoadAsync(policyFile);
        trustCheck.AddPolicy(filePolicy);
    }
}
catch (PolicyFileException exception)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return 2;
}

using var host = builder.Build();
try
{
    await host.StartAsync();
}
catch (OptionsValidationException exception)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return 2;
}

// 3. One inspection: every declared package once, judged by one policy.
foreach (var entry in plan.Inputs.SelectMany(i => i.NotInspectable))
{
    Console.Error.WriteLine($"{entry.File}:{entry.Line}: not inspected ({entry.Reason}): {entry.Text}");
}

var defaults = host.Services.GetRequiredService<IOptions<InspectionDefaults>>().Value;
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping; // the runner cancels
TrustReport report;
try
{
    report = await host.Services.GetRequiredService<ITrustInspector>().InspectAsync(
        new InspectionRequest
        {
            Packages = plan.Packages,
            Dependencies = plan.Dependencies,
            Options = defaults.ApplyTo(new InspectionOptions { Declared = plan.Declared }), // declaredIn, recorded hashes
            Policy = filePolicy?.Name ?? defaults.Policy,
        },
        stopping);
}
catch (PackageNotFoundException exception)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return 3;
}
catch (EvidenceSourceException exception)
{
    Console.Error.WriteLine("error: upstream unavailable: " + exception.Message);
    return 1;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return 130;
}
finally
{
    await host.StopAsync();
}

report = report with { Inputs = plan.Inputs };

// A policy that fails whatever is not verified (strict and release-gate, as in `trustcheck scan`; here also a policy
// file that fails metadata-only) also fails the entries nothing can be verified about (a URL, a local path, an
// editable or VCS install); `default` lists them and passes.
var rules = filePolicy?.Rules ?? (BuiltInPolicies.TryGet(report.Policy.Name, out var builtIn) ? builtIn : null);
if (rules is not null && rules.FailOn.Contains(Recommendation.MetadataOnly))
{
    var uninspectable = plan.Inputs.SelectMany(i => i.NotInspectable)
        .Where(n => n.Reason is "url" or "local-path" or "editable" or "vcs")
        .Select(n => new PolicyViolation(n.Name ?? n.Text, "not-inspectable", $"{n.File}:{n.Line} installs something TrustCheck cannot inspect ({n.Reason}): {n.Text}"))
        .ToList();
    if (uninspectable.Count > 0)
    {
        report = report with { Policy = report.Policy with { Passed = false, Violations = [.. report.Policy.Violations, .. uninspectable] } };
    }
}

// 4. SARIF for code scanning: each finding at the lines declaring its package.
var sarif = builder.Configuration["CiGate:Sarif"] ?? "trustcheck.sarif";
await File.WriteAllBytesAsync(sarif, SarifReportWriter.Write(report));

// 5. One line for the build log, and the exit code the build step fails on.
var policyResult = report.Policy;
Console.WriteLine(policyResult.Passed
    ? $"PASS policy {policyResult.Name}: {report.Packages.Count} package(s) from {string.Join(", ", files)}; SARIF: {sarif}"
    : $"FAIL policy {policyResult.Name}: {policyResult.Violations.Count} violation(s) in {string.Join(", ", policyResult.Violations.Select(v => v.Package).Distinct())}; SARIF: {sarif}");
return policyResult.Passed ? 0 : 4;

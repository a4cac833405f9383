// TrustCheck inside a .NET generic host: the settings come from appsettings.json, environment variables
// (TrustCheck__Inspection__Policy=strict) and the command line (--TrustCheck:Inspection:Policy=strict), later ones
// winning, as in any host; the host validates them when it starts. One package is inspected; the exit code is the
// policy's: 0 passed, 4 failed (2 for a usage or settings error, 3 for an unknown package, 1 when the index cannot be
// reached). docs/configuration.md ("In a .NET host") shows the heart of this file; a test keeps the two in step.
//
//   dotnet run --project samples/EmbedInHost -- six 1.11.0 --TrustCheck:Inspection:Policy=strict
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Engine.Evidence;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Policies;
using TrustCheck.Reports;
using TrustCheck.Sources;

// Positional arguments name the package; `--Section:Key=value` arguments are settings, which the host reads itself.
var positional = Positional(args);
if (positional.Count is < 1 or > 2 || !PackageName.TryParse(positional[0], out var name))
{
    Console.Error.WriteLine("usage: EmbedInHost NAME [VERSION] [--TrustCheck:Section:Key=value]...");
    return 2;
}

var version = positional.ElementAtOrDefault(1); // null: the latest release

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the report
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // a settings error is printed once, below
var trustCheck = builder.Services.AddTrustCheck(builder.Configuration.GetSection("TrustCheck"));

// Inspection:PolicyFile names a JSON policy file: a policy like any other, registered, then selected by its name.
string? filePolicy = null;
try
{
    if (builder.Configuration["TrustCheck:Inspection:PolicyFile"] is { Length: > 0 } policyFile)
    {
        var policy = await PolicyFile.LoadAsync(policyFile);
        trustCheck.AddPolicy(policy);
        filePolicy = policy.Name;
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
    await host.StartAsync(); // validates every TrustCheck setting, naming the one it refuses
}
catch (OptionsValidationException exception)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return 2;
}

var defaults = host.Services.GetRequiredService<IOptions<InspectionDefaults>>().Value;
var inspector = host.Services.GetRequiredService<ITrustInspector>();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
try
{
    var report = await inspector.InspectAsync(
        new InspectionRequest
        {
            Packages = [new PackageRequest(name, version)],
            Options = defaults.ApplyTo(new InspectionOptions()), // the target, internal and trusted names of the settings
            Policy = filePolicy ?? defaults.Policy,
        },
        lifetime.ApplicationStopping); // Ctrl+C

    foreach (var package in report.Packages)
    {
        Console.WriteLine($"{package.Name} {package.Version}: {package.Recommendation.ToName()} (score {package.Score})");
        foreach (var finding in package.Findings)
        {
            Console.WriteLine($"  {finding.Severity,-8} {finding.Code,-8} {finding.Provider}: {finding.Message}");
        }
    }

    Console.WriteLine($"policy {report.Policy.Name}: {(report.Policy.Passed ? "passed" : "failed")}");
    foreach (var violation in report.Policy.Violations)
    {
        Console.WriteLine($"  {violation.Package} {violation.Rule}: {violation.Message}");
    }

    return report.Policy.Passed ? 0 : 4;
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
catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
{
    return 130;
}
finally
{
    await host.StopAsync();
}

// The arguments that are not settings. The host's command-line provider reads `--Key=value`, and `--Key value` as
// one setting, so the value after a switch without '=' is not positional either.
static List<string> Positional(string[] args)
{
    var positional = new List<string>();
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith('-'))
        {
            positional.Add(args[i]);
        }
        else if (!args[i].Contains('=', StringComparison.Ordinal))
        {
            i++;
        }
    }

    return positional;
}

// A policy of your own, registered with AddPolicy<T>() and selected by its name in the request: the inspector
// collects the findings of every provider as usual, and the policy alone decides whether the packages pass. This one,
// attested-only, fails a package that is not verified (every file's provenance verified), and any finding at all from
// the typosquatting or dependency-confusion providers. Exit 0 when it passes, 4 when it fails.
//
//   dotnet run --project samples/CustomPolicy -- six 1.11.0
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Engine.Evidence;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Reports;
using TrustCheck.Samples.CustomPolicy;
using TrustCheck.Sources;

var positional = Positional(args);
if (positional.Count is < 1 or > 2 || !PackageName.TryParse(positional[0], out var name))
{
    Console.Error.WriteLine("usage: CustomPolicy NAME [VERSION] [--TrustCheck:Section:Key=value]...");
    return 2;
}

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the report
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // a settings error is printed once, below
builder.Services.AddTrustCheck(builder.Configuration.GetSection("TrustCheck"))
    .AddPolicy<AttestedOnlyPolicy>();

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

var defaults = host.Services.GetRequiredService<IOptions<InspectionDefaults>>().Value;
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping; // Ctrl+C
TrustReport report;
try
{
    report = await host.Services.GetRequiredService<ITrustInspector>().InspectAsync(
        new InspectionRequest
        {
            Packages = [new PackageRequest(name, positional.ElementAtOrDefault(1))],
            Options = defaults.ApplyTo(new InspectionOptions()),
            Policy = AttestedOnlyPolicy.PolicyName, // a registered policy's name, or a built-in profile's
        },
        stopping);
}
catch (Exception exception) when (exception is EvidenceSourceException or PackageNotFoundException)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return exception is EvidenceSourceException ? 1 : 3; // the index cannot be reached; no such package
}
finally
{
    await host.StopAsync();
}

foreach (var package in report.Packages)
{
    Console.WriteLine($"{package.Name} {package.Version}: {package.Recommendation.ToName()} (score {package.Score})");
    foreach (var file in package.Files)
    {
        Console.WriteLine($"  {file.Filename}: provenance {file.Provenance.Status}");
    }
}

Console.WriteLine($"policy {report.Policy.Name}: {(report.Policy.Passed ? "passed" : "failed")}");
foreach (var violation in report.Policy.Violations)
{
    Console.WriteLine($"  {violation.Package} {violation.Rule}: {violation.Message}");
}

return report.Policy.Passed ? 0 : 4;

// The arguments that are not settings (`--Key=value`, or `--Key value`).
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

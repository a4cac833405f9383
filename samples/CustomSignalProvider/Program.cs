// A signal provider of your own, registered with AddSignalProvider<T>(): it runs beside the built-in providers for
// every inspected release, and its findings count toward the recommendation and the policy like theirs. This one is
// an internal allow-list (allow-list.txt, or the file AllowList:File names): a project not on it gets finding TC9901.
//
//   dotnet run --project samples/CustomSignalProvider -- attrs 17.4.0
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck;
using TrustCheck.Engine.Evidence;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Reports;
using TrustCheck.Samples.CustomSignalProvider;
using TrustCheck.Sources;

var positional = Positional(args);
if (positional.Count is < 1 or > 2 || !PackageName.TryParse(positional[0], out var name))
{
    Console.Error.WriteLine("usage: CustomSignalProvider NAME [VERSION] [--AllowList:File=FILE] [--TrustCheck:Section:Key=value]...");
    return 2;
}

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the report
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // a settings error is printed once, below

// The list is read once, here; the provider gets it from the container.
AllowList allowList;
try
{
    allowList = await AllowList.LoadAsync(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["AllowList:File"] ?? "allow-list.txt"));
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
{
    Console.Error.WriteLine("error: " + exception.Message);
    return 2;
}

builder.Services.AddSingleton(allowList);
builder.Services.AddTrustCheck(builder.Configuration.GetSection("TrustCheck"))
    .AddSignalProvider<AllowListProvider>();

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
            Policy = defaults.Policy,
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
    foreach (var finding in package.Findings)
    {
        Console.WriteLine($"  {finding.Severity,-8} {finding.Code,-8} {finding.Provider}: {finding.Message}");
    }
}

Console.WriteLine($"policy {report.Policy.Name}: {(report.Policy.Passed ? "passed" : "failed")}");
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

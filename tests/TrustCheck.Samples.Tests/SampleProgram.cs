using System.Reflection;
using System.Runtime.InteropServices;
using TrustCheck.TestKit.Processes;

namespace TrustCheck.Samples.Tests;

/// <summary>
/// A sample as it was built with this test project: its assembly, run with <c>dotnet</c> as a child process. The
/// path comes from the build (<c>[AssemblyMetadata("Sample:&lt;name&gt;", …)]</c>, written by the project file from
/// the samples' own build outputs), so the tests run what was just built, in the tests' configuration.
/// </summary>
internal sealed class SampleProgram
{
    /// <summary>A guard against a hung child, not a timing assertion: no sample run comes near it.</summary>
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    private SampleProgram(string name, string assembly)
    {
        Name = name;
        Assembly = assembly;
    }

    public static SampleProgram EmbedInHost { get; } = Find("EmbedInHost");

    public static SampleProgram CustomSignalProvider { get; } = Find("CustomSignalProvider");

    public static SampleProgram CustomPolicy { get; } = Find("CustomPolicy");

    public static SampleProgram CiGate { get; } = Find("CiGate");

    /// <summary>The sample's name (its project and assembly name).</summary>
    public string Name { get; }

    /// <summary>The built assembly.</summary>
    public string Assembly { get; }

    /// <summary>Its output folder, where its <c>appsettings.json</c> was copied.</summary>
    public string OutputDirectory => Path.GetDirectoryName(Assembly)!;

    /// <summary>The <c>dotnet</c> of the installation running these tests, which runs the samples too.</summary>
    private static string Dotnet => Path.Combine(
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..")),
        OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>Runs <c>dotnet &lt;sample&gt;.dll arguments…</c>.</summary>
    /// <param name="workingDirectory">The working directory (the host samples' content root).</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="environment">Variables to set for the child, besides the inherited ones.</param>
    /// <returns>Its exit code and output.</returns>
    public async Task<SampleRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = ChildProcess.StartInfo(Dotnet, [Assembly, .. arguments], workingDirectory);
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var result = await ChildProcess.RunAsync(startInfo, ProcessTimeout);
        return new SampleRun(result.ExitCode, result.Output, result.Error);
    }

    private static SampleProgram Find(string name)
    {
        var assembly = typeof(SampleProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "Sample:" + name)?.Value
            ?? throw new InvalidOperationException($"The test assembly records no build of the sample {name}: is it a ProjectReference with OutputItemType=\"SampleAssembly\"?");
        return File.Exists(assembly)
            ? new SampleProgram(name, assembly)
            : throw new FileNotFoundException($"The sample {name} was built to '{assembly}', which does not exist: build the solution (or this test project) first.", assembly);
    }
}

/// <summary>What a sample run did.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Its standard error.</param>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    /// <summary>Everything it wrote, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

using System.Reflection;
using System.Runtime.InteropServices;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Tool;

/// <summary>
/// The solution's packages, packed once from the build under test, and the <c>trustcheck</c> tool installed from them
/// into a scratch tool path with the packed folder as the only package source.
/// </summary>
public sealed class PackedTool : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(10);

    private static readonly string[] SdkSteeringVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH"];

    private readonly TemporaryDirectory _scratch = new("trustcheck-tool-");

    /// <summary>The tool's informational version, <c>0.1.0+commit</c>: the build under test, which was packed.</summary>
    public static string InformationalVersion { get; } =
        typeof(TrustCheckCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>The packages' version.</summary>
    public static string PackageVersion => InformationalVersion.Split('+')[0];

    /// <summary>The commit the build was made from (SourceLink and the nuspec's repository name it).</summary>
    public static string Commit => InformationalVersion.Split('+')[1];

    /// <summary>The folder the packages were packed into.</summary>
    public string PackagesDirectory => Path.Combine(_scratch.Path, "packages");

    /// <summary>The installed tool's executable.</summary>
    public string Executable => Path.Combine(_scratch.Path, "tools", OperatingSystem.IsWindows() ? "trustcheck.exe" : "trustcheck");

    /// <summary>An empty folder to run the tool in (no trustcheck.toml above it).</summary>
    public string WorkingDirectory => Path.Combine(_scratch.Path, "work");

    /// <summary>The root of the .NET installation that runs these tests, which also runs the tool.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(PackagesDirectory);
        Directory.CreateDirectory(WorkingDirectory);

        // --no-build packs what was built and tested: the solution, or this test project with every shipped project
        // it references, was built in this configuration before the tests ran (CI builds the solution first).
        // --disable-build-servers: no MSBuild node outlives the pack (and holds its output pipes open).
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var dotnet = Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        await RunCheckedAsync(dotnet, RepositoryRoot.Current,
            "pack", "TrustCheck.sln", "--configuration", configuration, "--no-build", $"-p:PackageOutputPath={PackagesDirectory}{Path.DirectorySeparatorChar}",
            "--disable-build-servers");

        // Only the packed folder as a source, and a packages folder of its own: nothing comes from nuget.org, and a
        // trustcheck 0.1.0 installed by an earlier run (another build, same version) is never reused.
        var nugetConfig = Path.Combine(_scratch.Path, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        await RunCheckedAsync(dotnet, WorkingDirectory,
            "tool", "install", "trustcheck", "--tool-path", Path.GetDirectoryName(Executable)!, "--version", PackageVersion,
            "--configfile", nugetConfig, "--add-source", PackagesDirectory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _scratch.Dispose();

    /// <summary>Runs the installed tool.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Its exit code and output.</returns>
    internal Task<ProcessRun> RunAsync(params string[] arguments) => RunProcessAsync(Executable, WorkingDirectory, arguments);

    private async Task RunCheckedAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var run = await RunProcessAsync(fileName, workingDirectory, arguments);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Path.GetFileName(fileName)} {string.Join(' ', arguments)}' exited with {run.ExitCode}.\n{run.Output}\n{run.Error}");
        }
    }

    private async Task<ProcessRun> RunProcessAsync(string fileName, string workingDirectory, string[] arguments)
    {
        var startInfo = TestKit.Processes.ChildProcess.StartInfo(fileName, arguments, workingDirectory);

        // The test host may inherit the variables with which `dotnet test` pointed its own MSBuild at an SDK; a child
        // SDK command resolves its SDK itself (global.json).
        foreach (var name in SdkSteeringVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_ROOT"] = DotnetRoot;
        startInfo.Environment["NUGET_PACKAGES"] = Path.Combine(_scratch.Path, "nuget-packages");
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var result = await TestKit.Processes.ChildProcess.RunAsync(startInfo, ProcessTimeout);
        return new ProcessRun(result.ExitCode, result.Output, result.Error);
    }
}

/// <summary>What a child process did.</summary>
internal sealed record ProcessRun(int ExitCode, string Output, string Error);

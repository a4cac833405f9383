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
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(20);

    private static readonly string[] SdkSteeringVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH"];

    private readonly TemporaryDirectory _scratch = new("trustcheck-tool-");

    /// <summary>The tool's informational version, <c>0.1.0+commit</c>: the build under test, which was packed.</summary>
    public static string InformationalVersion { get; } =
        typeof(TrustCheckCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>The packages' version.</summary>
    public static string PackageVersion => InformationalVersion.Split('+')[0];

    /// <summary>The commit the build was made from (SourceLink and the nuspec's repository name it).</summary>
    public static string Commit => InformationalVersion.Split('+')[1];

    /// <summary>The runtime identifiers the tool ships a Native AOT package for (the csproj's NativeToolRuntimeIdentifiers).</summary>
    public static IReadOnlyList<string> NativeRuntimeIdentifiers { get; } = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64"];

    /// <summary>This machine's runtime identifier.</summary>
    public static string CurrentRuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;

    /// <summary>This machine's runtime identifier when the tool ships a native package for it; otherwise null.</summary>
    public static string? NativeRuntimeIdentifier =>
        NativeRuntimeIdentifiers.Contains(RuntimeInformation.RuntimeIdentifier, StringComparer.Ordinal) ? RuntimeInformation.RuntimeIdentifier : null;

    /// <summary>The folder the packages were packed into, as they ship.</summary>
    public string PackagesDirectory => Path.Combine(_scratch.Path, "packages");

    /// <summary>
    /// A feed whose pointer package lists every native platform except this one, and "any": what a user on a
    /// platform without a native build installs from.
    /// </summary>
    public string FallbackPackagesDirectory => Path.Combine(_scratch.Path, "fallback-packages");

    /// <summary>The installed tool's executable.</summary>
    public string Executable => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "trustcheck.exe" : "trustcheck");

    /// <summary>The tool path the tool was installed into from <see cref="PackagesDirectory"/>.</summary>
    public string ToolPath => Path.Combine(_scratch.Path, "tools");

    /// <summary>The tool path the tool was installed into from <see cref="FallbackPackagesDirectory"/>.</summary>
    public string FallbackToolPath => Path.Combine(_scratch.Path, "fallback-tools");

    /// <summary>An empty folder to run the tool in (no trustcheck.toml above it).</summary>
    public string WorkingDirectory => Path.Combine(_scratch.Path, "work");

    /// <summary>The root of the .NET installation that runs these tests, which also runs the tool.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string Dotnet => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    private static string CliProject => Path.Combine(RepositoryRoot.Current, "src", "TrustCheck.Cli", "TrustCheck.Cli.csproj");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(PackagesDirectory);
        Directory.CreateDirectory(FallbackPackagesDirectory);
        Directory.CreateDirectory(WorkingDirectory);

        // --no-build packs what was built and tested: the solution, or this test project with every shipped project
        // it references, was built in this configuration before the tests ran (CI builds the solution first). For the
        // tool it makes the pointer package, which names one package per platform and holds no code.
        // --disable-build-servers: no MSBuild node outlives the pack (and holds its output pipes open).
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var output = $"-p:PackageOutputPath={PackagesDirectory}{Path.DirectorySeparatorChar}";
        await PackAsync("TrustCheck.sln", "--configuration", configuration, "--no-build", output);

        // The tool's implementation packages, the way the release packs them (docs/shipping.md): "any", the
        // framework-dependent build, and this platform's package (Native AOT when listed, compiled here with the
        // repository's warnings-as-errors, so a trimming or AOT warning fails this test). The libraries were built above.
        await PackAsync(CliProject, "--configuration", configuration, "-r", "any", "-p:BuildProjectReferences=false", output);
        if (NativeRuntimeIdentifier is { } native)
        {
            await PackAsync(CliProject, "--configuration", configuration, "-r", native, "-p:BuildProjectReferences=false", output);
        }

        // The fallback feed: a pointer that does not list this platform (quoted: a bare ';' would end the property).
        var otherPlatforms = string.Join(';', NativeRuntimeIdentifiers.Where(rid => rid != CurrentRuntimeIdentifier).Append("any"));
        await PackAsync(CliProject, "--configuration", configuration, "--no-build", $"-p:ToolPackageRuntimeIdentifiers=\"{otherPlatforms}\"",
            $"-p:PackageOutputPath={FallbackPackagesDirectory}{Path.DirectorySeparatorChar}");
        var fallback = $"trustcheck.any.{PackageVersion}.nupkg";
        File.Copy(Path.Combine(PackagesDirectory, fallback), Path.Combine(FallbackPackagesDirectory, fallback));

        await InstallAsync(PackagesDirectory, ToolPath);
        await InstallAsync(FallbackPackagesDirectory, FallbackToolPath);
    }

    /// <summary>The package the installer chose for this platform: its id, and the folder of the tool's files in it.</summary>
    /// <param name="toolPath">A tool path the tool was installed into.</param>
    /// <returns>The chosen package's id (for example <c>trustcheck.linux-x64</c>) and its tool folder.</returns>
    public static (string PackageId, string ToolFolder) InstalledImplementation(string toolPath)
    {
        var store = Path.Combine(toolPath, ".store", "trustcheck", PackageVersion);
        var chosen = Assert.Single(Directory.GetDirectories(store), folder => Path.GetFileName(folder) != "trustcheck");
        var settings = Assert.Single(Directory.GetFiles(chosen, "DotnetToolSettings.xml", SearchOption.AllDirectories));
        return (Path.GetFileName(chosen), Path.GetDirectoryName(settings)!);
    }

    private static async Task PackAsync(string project, params string[] options) =>
        await RunCheckedAsync(Dotnet, RepositoryRoot.Current, packagesFolder: null, ["pack", project, .. options, "--disable-build-servers"]);

    // Only the packed folder as a source, and a packages folder of its own: nothing comes from nuget.org, and a
    // trustcheck 0.1.0 installed by an earlier run (another build, same version) is never reused.
    private async Task InstallAsync(string source, string toolPath)
    {
        var nugetConfig = Path.Combine(_scratch.Path, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        // A packages folder per install: both feeds hold a trustcheck.<this platform> 0.1.0, and NuGet would reuse the first.
        await RunCheckedAsync(Dotnet, WorkingDirectory, packagesFolder: toolPath + "-nuget-packages",
            ["tool", "install", "trustcheck", "--tool-path", toolPath, "--version", PackageVersion, "--configfile", nugetConfig, "--add-source", source]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _scratch.Dispose();

    /// <summary>Runs the installed tool.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Its exit code and output.</returns>
    internal Task<ProcessRun> RunAsync(params string[] arguments) => RunProcessAsync(Executable, WorkingDirectory, ToolPath + "-nuget-packages", arguments);

    /// <summary>Runs the tool installed from <see cref="FallbackPackagesDirectory"/>.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Its exit code and output.</returns>
    internal Task<ProcessRun> RunFallbackAsync(params string[] arguments) =>
        RunProcessAsync(Path.Combine(FallbackToolPath, OperatingSystem.IsWindows() ? "trustcheck.exe" : "trustcheck"), WorkingDirectory, FallbackToolPath + "-nuget-packages", arguments);

    private static async Task RunCheckedAsync(string fileName, string workingDirectory, string? packagesFolder, string[] arguments)
    {
        var run = await RunProcessAsync(fileName, workingDirectory, packagesFolder, arguments);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Path.GetFileName(fileName)} {string.Join(' ', arguments)}' exited with {run.ExitCode}.\n{run.Output}\n{run.Error}");
        }
    }

    // packagesFolder: a packages folder of the test's own (installs), or null for the machine's (packs: the restored
    // build already found its packages there, the Native AOT compiler and runtime packs among them).
    private static async Task<ProcessRun> RunProcessAsync(string fileName, string workingDirectory, string? packagesFolder, string[] arguments)
    {
        var startInfo = TestKit.Processes.ChildProcess.StartInfo(fileName, arguments, workingDirectory);

        // The test host may inherit the variables with which `dotnet test` pointed its own MSBuild at an SDK; a child
        // SDK command resolves its SDK itself (global.json).
        foreach (var name in SdkSteeringVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_ROOT"] = DotnetRoot;
        if (packagesFolder is not null)
        {
            startInfo.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var result = await TestKit.Processes.ChildProcess.RunAsync(startInfo, ProcessTimeout);
        return new ProcessRun(result.ExitCode, result.Output, result.Error);
    }
}

/// <summary>What a child process did.</summary>
internal sealed record ProcessRun(int ExitCode, string Output, string Error);

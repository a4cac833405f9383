using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Xml.Linq;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Cli.Tests.Tool;

/// <summary>
/// The packages as they ship: <c>dotnet pack</c> of the solution, <c>dotnet tool install trustcheck</c> from the packed
/// folder, and the installed tool run as a user runs it.
/// </summary>
public sealed class InstalledToolTests(PackedTool tool) : IClassFixture<PackedTool>
{
    /// <summary>Each shipped project's package id, and the project folder under src/.</summary>
    private static readonly Dictionary<string, string> ShippedPackages = new(StringComparer.Ordinal)
    {
        ["TrustCheck.Packaging"] = "TrustCheck.Packaging",
        ["TrustCheck.Attestations"] = "TrustCheck.Attestations",
        ["TrustCheck.Artifacts"] = "TrustCheck.Artifacts",
        ["TrustCheck.Abstractions"] = "TrustCheck.Abstractions",
        ["TrustCheck.Core"] = "TrustCheck",
        ["trustcheck"] = "TrustCheck.Cli",
    };

    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public async Task InstalledTool_Version_PrintsTheVersionOfTheBuildThatWasPacked()
    {
        var run = await tool.RunAsync("--version");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(PackedTool.InformationalVersion, run.Output.Trim());
        Assert.StartsWith(PackedTool.PackageVersion + "+", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledTool_Help_NamesTheCommandTrustcheck()
    {
        var root = await tool.RunAsync("--help");
        var inspect = await tool.RunAsync("inspect", "--help");

        Assert.True(root.ExitCode == 0, root.Error);
        Assert.Contains("\n  trustcheck [command] [options]", root.Output, StringComparison.Ordinal);
        Assert.Contains("\n  trustcheck inspect <NAME> [options]", inspect.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TrustCheck.Cli", root.Output + inspect.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InstalledTool_InspectSixJson_WritesTheReportForSix()
    {
        await using var server = (await EvidenceServer.StartAsync()).LoadSharedData();

        var run = await tool.RunAsync(
            "inspect", "six", "--version", "1.11.0", "--format", "json",
            "--pypi-url", server.PypiUrl.AbsoluteUri,
            "--index-url", server.IndexUrl.AbsoluteUri,
            "--osv-url", server.OsvUrl.AbsoluteUri,
            "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"),
            "--popular-names", SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"),
            "--cache-dir", Path.Combine(tool.WorkingDirectory, "cache"));

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var package = Assert.Single(report.RootElement.GetProperty("packages").EnumerateArray());
        Assert.Equal("six", package.GetProperty("name").GetString());
        Assert.Equal("1.11.0", package.GetProperty("version").GetString());
        Assert.Equal("metadata-only", package.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task InstalledTool_OnAPlatformWithANativeBuild_IsTheNativeAotExecutable()
    {
        var (packageId, folder) = PackedTool.InstalledImplementation(tool.ToolPath);

        if (PackedTool.NativeRuntimeIdentifier is null)
        {
            Assert.Equal("trustcheck.any", packageId);
            return;
        }

        Assert.Equal("trustcheck." + PackedTool.NativeRuntimeIdentifier, packageId);
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "TrustCheck.Cli.exe" : "TrustCheck.Cli");
        Assert.True(IsNativeExecutable(executable), $"{executable} is not a native executable");
        Assert.Empty(Directory.GetFiles(folder, "*.dll"));
        Assert.Equal(Path.GetFullPath(executable), ResolveLinks(tool.Executable));
        var run = await tool.RunAsync("--version");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(PackedTool.InformationalVersion, run.Output.Trim());
    }

    [Fact]
    public void InstalledTool_OnLinux_IsStoredReadyToRunAtAFixedAddress_WithFullRelroAndNoExecutableStack()
    {
        if (!OperatingSystem.IsLinux() || PackedTool.NativeRuntimeIdentifier is null)
        {
            Assert.Equal("trustcheck.any", PackedTool.InstalledImplementation(tool.ToolPath).PackageId);
            return;
        }

        var (_, folder) = PackedTool.InstalledImplementation(tool.ToolPath);
        var image = ElfImage.Read(Path.Combine(folder, "TrustCheck.Cli"));

        // The start-up choice (docs/shipping.md): no compressed type data to rebuild at start, no relocations to apply.
        Assert.Equal(ElfImage.FixedAddressExecutable, image.FileType);
        Assert.Contains(".text", image.Sections); // the section names were read
        Assert.DoesNotContain(".hydrated", image.Sections);
        // The hardening that stays: relocated data read-only after load, every symbol bound at load, no executable stack.
        Assert.True(image.HasRelro, "no PT_GNU_RELRO segment");
        Assert.True(image.BindsNow, "DT_FLAGS lacks BIND_NOW");
        Assert.False(image.StackExecutable, "the stack is executable");
    }

    [Fact]
    public async Task InstalledTool_OnAPlatformWithoutANativeBuild_IsTheFrameworkDependentBuild()
    {
        var (packageId, folder) = PackedTool.InstalledImplementation(tool.FallbackToolPath);

        Assert.Equal("trustcheck.any", packageId);
        Assert.True(File.Exists(Path.Combine(folder, "TrustCheck.Cli.dll")));
        Assert.True(File.Exists(Path.Combine(folder, "TrustCheck.Cli.runtimeconfig.json")));
        var run = await tool.RunFallbackAsync("--version");
        var help = await tool.RunFallbackAsync("inspect", "--help");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(PackedTool.InformationalVersion, run.Output.Trim());
        Assert.Contains("\n  trustcheck inspect <NAME> [options]", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ShipsOnePackageAndOneSymbolPackagePerProjectUnderSrc_AndOnePackagePerToolPlatform()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryRoot.Current, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var packages = Directory.GetFiles(tool.PackagesDirectory, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var symbols = Directory.GetFiles(tool.PackagesDirectory, "*.snupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        string[] toolPackages = ["trustcheck.any", .. PackedTool.NativeRuntimeIdentifier is { } native ? ["trustcheck." + native] : Array.Empty<string>()];
        var libraries = ShippedPackages.Keys.Where(id => id != "trustcheck").ToArray();
        Assert.Equal(ShippedPackages.Values.Order(StringComparer.Ordinal), projects);
        Assert.Equal(ShippedPackages.Keys.Concat(toolPackages).Select(id => $"{id}.{PackedTool.PackageVersion}.nupkg").Order(StringComparer.Ordinal), packages);
        Assert.Equal(libraries.Append("trustcheck.any").Select(id => $"{id}.{PackedTool.PackageVersion}.snupkg").Order(StringComparer.Ordinal), symbols);
    }

    [Fact]
    public void Pack_ToolPointerPackage_NamesTheFrameworkDependentAndEveryNativePackage()
    {
        using var package = ZipFile.OpenRead(Path.Combine(tool.PackagesDirectory, $"trustcheck.{PackedTool.PackageVersion}.nupkg"));
        var settings = XDocument.Parse(ReadText(Assert.Single(package.Entries, entry => entry.Name == "DotnetToolSettings.xml"))).Root!;

        var listed = settings.Descendants("RuntimeIdentifierPackage")
            .Select(element => (Rid: element.Attribute("RuntimeIdentifier")?.Value, Id: element.Attribute("Id")?.Value))
            .ToArray();
        Assert.Equal(
            PackedTool.NativeRuntimeIdentifiers.Append("any").Order(StringComparer.Ordinal),
            listed.Select(entry => entry.Rid ?? string.Empty).Order(StringComparer.Ordinal));
        Assert.All(listed, entry => Assert.Equal("trustcheck." + entry.Rid, entry.Id));
        Assert.Equal("trustcheck", settings.Descendants("Command").Single().Attribute("Name")?.Value);
        Assert.DoesNotContain(package.Entries, entry => entry.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_NativePackage_HoldsTheExecutableAlone()
    {
        if (PackedTool.NativeRuntimeIdentifier is not { } native)
        {
            Assert.DoesNotContain(Directory.GetFiles(tool.PackagesDirectory), file => PackedTool.NativeRuntimeIdentifiers.Any(rid => file.Contains("trustcheck." + rid, StringComparison.Ordinal)));
            return;
        }

        using var package = ZipFile.OpenRead(Path.Combine(tool.PackagesDirectory, $"trustcheck.{native}.{PackedTool.PackageVersion}.nupkg"));
        var toolFiles = package.Entries.Where(entry => entry.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(entry => entry.Name).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { "DotnetToolSettings.xml", OperatingSystem.IsWindows() ? "TrustCheck.Cli.exe" : "TrustCheck.Cli" }.Order(StringComparer.Ordinal), toolFiles);
        var settings = XDocument.Parse(ReadText(Assert.Single(package.Entries, entry => entry.Name == "DotnetToolSettings.xml"))).Root!;
        var command = settings.Descendants("Command").Single();
        Assert.Equal("executable", command.Attribute("Runner")?.Value);
        Assert.Equal("trustcheck", command.Attribute("Name")?.Value);
    }

    [Theory]
    [InlineData("TrustCheck.Packaging")]
    [InlineData("TrustCheck.Attestations")]
    [InlineData("TrustCheck.Artifacts")]
    [InlineData("TrustCheck.Abstractions")]
    [InlineData("TrustCheck.Core")]
    [InlineData("trustcheck")]
    [InlineData("trustcheck.any")]
    public void Pack_Package_CarriesItsReadmeLicenseRepositoryDocsAndSourceLinkedSymbols(string id)
    {
        var project = ShippedPackages[id.StartsWith("trustcheck", StringComparison.Ordinal) ? "trustcheck" : id];
        using var package = ZipFile.OpenRead(Path.Combine(tool.PackagesDirectory, $"{id}.{PackedTool.PackageVersion}.nupkg"));
        var nuspec = ReadNuspec(package, id);

        Assert.Equal(id, Element(nuspec, "id").Value);
        Assert.Equal("MIT", Element(nuspec, "license").Value);
        Assert.Equal("expression", Element(nuspec, "license").Attribute("type")?.Value);
        var repository = Element(nuspec, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal("https://github.com/trustcheck/trustcheck.git", repository.Attribute("url")?.Value);
        Assert.Equal(PackedTool.Commit, repository.Attribute("commit")?.Value);
        Assert.Equal("README.md", Element(nuspec, "readme").Value);
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryRoot.Current, "src", project, "README.md")),
            ReadText(package.GetEntry("README.md") ?? throw new InvalidOperationException($"{id} has no README.md")));
        if (id == "trustcheck")
        {
            return; // the pointer package: no code, no symbols (Pack_ToolPointerPackage_…)
        }

        var assembly = id == "trustcheck.any" ? "TrustCheck.Cli" : project;
        var folder = id == "trustcheck.any" ? "tools/net10.0/any/" : "lib/net10.0/";
        Assert.NotNull(package.GetEntry(folder + assembly + ".dll"));
        if (id != "trustcheck.any")
        {
            Assert.NotNull(package.GetEntry(folder + assembly + ".xml"));
        }

        using var symbols = ZipFile.OpenRead(Path.Combine(tool.PackagesDirectory, $"{id}.{PackedTool.PackageVersion}.snupkg"));
        var pdb = symbols.GetEntry(folder + assembly + ".pdb") ?? throw new InvalidOperationException($"{id}'s symbol package has no {assembly}.pdb");
        var sourceLink = ReadSourceLink(pdb);
        var mapping = Assert.Single(sourceLink.RootElement.GetProperty("documents").EnumerateObject());
        Assert.Equal($"https://raw.githubusercontent.com/trustcheck/trustcheck/{PackedTool.Commit}/*", mapping.Value.GetString());
    }

    private static bool IsNativeExecutable(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(magic);
        return magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }) // ELF (Linux)
            || magic.SequenceEqual(new byte[] { 0xCF, 0xFA, 0xED, 0xFE }) // Mach-O 64-bit (macOS)
            || magic[..2].SequenceEqual("MZ"u8); // PE (Windows); a framework-dependent tool has no .exe of its own
    }

    private static string ResolveLinks(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);

    private static XElement ReadNuspec(ZipArchive package, string id)
    {
        var entry = package.GetEntry(id + ".nuspec") ?? throw new InvalidOperationException($"{id} has no nuspec");
        return XDocument.Parse(ReadText(entry)).Root!;
    }

    private static XElement Element(XElement nuspec, string name) =>
        nuspec.Descendants().Single(element => element.Name.LocalName == name);

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static JsonDocument ReadSourceLink(ZipArchiveEntry pdbEntry)
    {
        using var pdb = new MemoryStream();
        using (var stream = pdbEntry.Open())
        {
            stream.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Single(information => reader.GetGuid(information.Kind) == SourceLinkKind);
        return JsonDocument.Parse(reader.GetBlobBytes(sourceLink.Value));
    }
}

using TrustCheck.Inspection;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Scanning;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Scan;

/// <summary>The README's scan inputs (samples/scan) read and plan as the README says.</summary>
public sealed class SampleScanInputsTests
{
    [Fact]
    public async Task SampleFiles_PlanEveryDeclaredPackageForLinux()
    {
        var folder = Path.Combine(RepositoryRoot.Current, "samples", "scan");
        var files = new[]
        {
            await DependencyFileReader.ReadAsync(Path.Combine(folder, "requirements.txt")),
            await DependencyFileReader.ReadAsync(Path.Combine(folder, "pyproject.toml")),
        };

        var plan = DependencyFileScan.Plan(files, new TargetEnvironment("3.12", "linux_x86_64"));

        Assert.Equal(DependencyMode.Transitive, plan.Dependencies);
        Assert.Equal(
            ["certifi==2024.8.30", "charset-normalizer==3.4.0", "idna==3.10", "pysocks==", "pytest==", "requests==2.32.3", "urllib3==2.2.3"],
            plan.Packages.Select(p => $"{p.Name.Normalized}=={p.Version}").Order(StringComparer.Ordinal));
        var excluded = Assert.Single(plan.Inputs[1].NotInspectable);
        Assert.Equal(("not-for-target", "colorama"), (excluded.Reason, excluded.Name));
    }

    [Theory]
    [InlineData("six==1.11.0", "six<1.10")]
    [InlineData("six==1.11.0", "six==1.10.0")]
    public async Task Plan_RequirementsThatCannotBeInstalledTogether_NameBothPlaces(string first, string second)
    {
        using var folder = new TemporaryDirectory();
        var a = Path.Combine(folder.Path, "a.txt");
        var b = Path.Combine(folder.Path, "b.txt");
        await File.WriteAllTextAsync(a, first + "\n");
        await File.WriteAllTextAsync(b, second + "\n");
        var files = new[] { await DependencyFileReader.ReadAsync(a), await DependencyFileReader.ReadAsync(b) };

        var error = Assert.Throws<ArgumentException>(() => DependencyFileScan.Plan(files, TargetEnvironment.Default));

        Assert.Contains($"{a}:1", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{b}:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PinAndARangeThatAdmitsIt_AreOnePackage()
    {
        using var folder = new TemporaryDirectory();
        var a = Path.Combine(folder.Path, "requirements.txt");
        await File.WriteAllTextAsync(a, "six>=1.10\nsix[extra]==1.11.0\n");

        var plan = DependencyFileScan.Plan([await DependencyFileReader.ReadAsync(a)], TargetEnvironment.Default);

        var package = Assert.Single(plan.Packages);
        Assert.Equal("1.11.0", package.Version);
        Assert.Equal(["extra"], package.Extras);
        Assert.Equal(2, plan.Declared.Count);
    }
}

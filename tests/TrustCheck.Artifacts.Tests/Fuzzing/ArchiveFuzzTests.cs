using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Tests.Analysis;
using TrustCheck.TestKit.Artifacts;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Artifacts.Tests.Fuzzing;

/// <summary>
/// The archive reader and the whole analysis under mutated real wheels, mutated sdists, and generated zips and tars
/// with hostile features (traversal, links, devices, duplicates, bombs, many members, odd names). The reader's contract
/// is "findings, never an exception"; on top of it every member returned must be within the limits and at a safe path,
/// and reading must stop with a finding when a limit is hit.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ArchiveFuzzTests
{
    /// <summary>Small limits, so generated inputs reach them cheaply.</summary>
    private static readonly ArchiveLimits Small = new()
    {
        MaxMembers = 40, MaxMemberBytes = 48 * 1024, MaxTotalBytes = 256 * 1024, RatioThresholdBytes = 16 * 1024, MaxCompressionRatio = 50,
    };

    private static readonly string[] HostileNames =
        ["demo-1.0/setup.py", "demo-1.0/PKG-INFO", "demo/__init__.py", "../evil.py", "/etc/cron.d/x", "C:\\Windows\\x.dll",
         "a/../../b.py", "demo/./x.py", "demo//x.py", "demo\\..\\x.py", "demo/x.pth", "x\0y.py", "demo/\u202Eyp.exe",
         "demo-1.0.dist-info/RECORD", "demo-1.0.dist-info/METADATA", "demo-1.0.dist-info/WHEEL", "demo-1.0.dist-info/entry_points.txt",
         "DEMO/__INIT__.PY", "demo/" + new string('a', 300) + ".py", "", ".", "demo/", "con.py", "demo/x.so"];

    [Fact]
    public void SafeArchiveReader_MutatedRealWheels_GiveBoundedSafeMembersOrFindings()
    {
        // pip's and setuptools' wheels (1-2 MB, up to 1,000 members) cost twenty times what wheel's (64 KB) do, so they
        // seed one input in 25: every real wheel is mutated, and the 100,000-input run stays within minutes.
        var large = RealWheels.Series.Select(w => w.File).Where(f => !f.StartsWith("wheel-", StringComparison.Ordinal)).Select(RealWheels.Bytes).ToArray();
        var small = RealWheels.Series.Select(w => w.File).Where(f => f.StartsWith("wheel-", StringComparison.Ordinal)).Select(RealWheels.Bytes).ToArray();

        var summary = FuzzCampaign.Run(
            "archive-wheel-zip",
            (random, i) => ByteMutator.Mutate(i % 25 == 0 ? large[i / 25 % large.Length] : small[i % small.Length], random),
            input => Check(input, ArchiveFormat.Zip, ArchiveLimits.Default));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void SafeArchiveReader_GeneratedHostileZips_GiveBoundedSafeMembersOrFindings()
    {
        var summary = FuzzCampaign.Run("archive-hostile-zip", (random, i) =>
        {
            var zip = HostileZip(random);
            return i % 3 == 0 ? ByteMutator.Mutate(zip, random) : zip;
        }, input => Check(input, ArchiveFormat.Zip, Small));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void SafeArchiveReader_GeneratedHostileTars_GiveBoundedSafeMembersOrFindings()
    {
        var summary = FuzzCampaign.Run("archive-hostile-tar-gz", (random, i) =>
        {
            var tar = HostileTar(random);
            return Gzip(i % 2 == 0 ? ByteMutator.Mutate(tar, random) : tar);
        }, input => Check(input, ArchiveFormat.TarGz, Small));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void ArtifactAnalyzer_MutatedSmallWheelsAndSdists_NeverFailAStage()
    {
        var wheel = RealWheels.Bytes("wheel-0.43.0-py3-none-any.whl");
        var sdist = SdistBuilder.Build("demo", "1.0",
            ("setup.py", "import os\nfrom setuptools import setup\nos.system('echo hi')\nsetup(name='demo')\n"),
            ("pyproject.toml", "[build-system]\nrequires = ['setuptools']\nbuild-backend = 'setuptools.build_meta'\n"),
            ("demo/__init__.py", "import base64, subprocess\nexec(base64.b64decode('cHJpbnQoMSk='))\n"));

        var summary = FuzzCampaign.Run("artifact-analysis", (random, i) => ByteMutator.Mutate(i % 2 == 0 ? wheel : sdist, random), input =>
        {
            var analysis = ArtifactAnalyzer.Analyze(new ArtifactInput(input.Length % 2 == 0 ? "wheel-0.43.0-py3-none-any.whl" : "demo-1.0.tar.gz", input));
            var failed = analysis.Findings.FirstOrDefault(f => f.Code == AnalysisCodes.Incomplete);
            return failed is null
                ? FuzzOutcome.Accepted
                : throw new FuzzFailureException($"A stage of the analysis threw: {failed.Message}");
        });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    /// <summary>Reads one archive and checks the reader's guarantees; Rejected when it reported any archive finding.</summary>
    private static FuzzOutcome Check(byte[] input, ArchiveFormat format, ArchiveLimits limits)
    {
        using var stream = new MemoryStream(input, writable: false);
        var contents = SafeArchiveReader.Read(stream, format, limits);
        Require(contents.Members.Count <= limits.MaxMembers, $"returned {contents.Members.Count} members");
        Require(contents.Members.All(m => m.Content.Length <= limits.MaxMemberBytes), "returned a member over the member limit");
        Require(contents.Members.Sum(m => (long)m.Content.Length) <= limits.MaxTotalBytes, "returned more bytes than the total limit");
        Require(contents.Members.All(m => MemberPaths.Problem(m.Path) is null), "returned a member at an unsafe path");
        Require(contents.Members.Select(m => MemberPaths.Key(m.Path)).Distinct(StringComparer.Ordinal).Count() == contents.Members.Count, "returned two members for one path");
        Require(!contents.Incomplete || contents.Findings.Count > 0, "stopped without saying why");
        if (contents.Findings.FirstOrDefault(f => f.Code == ArchiveCodes.Unreadable) is { } unreadable)
        {
            var error = unreadable.Evidence.GetValueOrDefault("error");
            Require(error is null || !BugTypes.Contains(error), $"hid a defect as unreadable: {unreadable.Message}");
        }

        return contents.Findings.Count == 0 ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
    }

    /// <summary>Exceptions that mean a defect in TrustCheck's reading code, not hostile bytes refused by the container library.</summary>
    private static readonly HashSet<string> BugTypes =
        ["NullReferenceException", "IndexOutOfRangeException", "KeyNotFoundException", "InvalidCastException", "DivideByZeroException", "StackOverflowException"];

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException("The archive reader " + what + ".");
        }
    }

    private static byte[] HostileZip(Random random)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            var members = random.Next(8) == 0 ? 30 + random.Next(30) : 1 + random.Next(6);
            for (var m = 0; m < members; m++)
            {
                var name = Name(random, m) is { Length: > 0 } named ? named : "demo-1.0/unnamed";
                var entry = archive.CreateEntry(name, random.Next(2) == 0 ? CompressionLevel.SmallestSize : CompressionLevel.NoCompression);
                using var content = entry.Open();
                content.Write(Content(random));
            }
        }

        return buffer.ToArray();
    }

    private static byte[] HostileTar(Random random)
    {
        using var buffer = new MemoryStream();
        var format = (TarEntryFormat)(1 + random.Next(4));
        using (var writer = new TarWriter(buffer, format, leaveOpen: true))
        {
            var members = random.Next(8) == 0 ? 30 + random.Next(30) : 1 + random.Next(6);
            for (var m = 0; m < members; m++)
            {
                var name = Name(random, m);
                name = name.Length == 0 || name.Contains('\0', StringComparison.Ordinal) ? "demo-1.0/x" + m : name;
                var type = random.Next(10) switch
                {
                    0 => TarEntryType.SymbolicLink,
                    1 => TarEntryType.HardLink,
                    2 => TarEntryType.Directory,
                    3 when format != TarEntryFormat.V7 => TarEntryType.Fifo,
                    _ => format == TarEntryFormat.V7 ? TarEntryType.V7RegularFile : TarEntryType.RegularFile,
                };
                TarEntry entry = format switch
                {
                    TarEntryFormat.V7 => new V7TarEntry(type is TarEntryType.Fifo ? TarEntryType.V7RegularFile : type, name.Length > 99 ? name[..99] : name),
                    TarEntryFormat.Ustar => new UstarTarEntry(type, name.Length > 255 ? name[..255] : name),
                    TarEntryFormat.Pax => new PaxTarEntry(type, name),
                    _ => new GnuTarEntry(type, name),
                };
                if (type is TarEntryType.SymbolicLink or TarEntryType.HardLink)
                {
                    entry.LinkName = random.Next(2) == 0 ? "../../etc/passwd" : "demo-1.0/setup.py";
                }
                else if (type is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    entry.DataStream = new MemoryStream(Content(random));
                }

                try
                {
                    writer.WriteEntry(entry);
                }
                catch (ArgumentException)
                {
                    // A name this format cannot hold (e.g. a V7 name with non-ASCII); that member is simply not written.
                }
            }
        }

        return buffer.ToArray();
    }

    private static string Name(Random random, int index) =>
        random.Next(4) == 0 ? HostileNames[random.Next(HostileNames.Length)] : $"demo-1.0/pkg/m{index}.py";

    private static byte[] Content(Random random) => random.Next(6) switch
    {
        0 => new byte[32 * 1024 + random.Next(64 * 1024)], // zeros: a high compression ratio, and over the member limit
        1 => [],
        _ => Encoding.UTF8.GetBytes("import os\nprint('x')\n" + new string('#', random.Next(200))),
    };

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }
}

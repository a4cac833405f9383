using System.Formats.Tar;
using System.IO.Compression;
using TrustCheck.Artifacts.Analysis;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Tests.Archives;

/// <summary>"A finding, never an exception": seeded byte mutations of a real wheel and of an sdist's tar stream never make the analysis throw.</summary>
public sealed class MutationTests
{
    [Fact]
    public void MutatedWheels_NeverThrow()
    {
        var wheel = Analysis.RealWheels.Bytes("wheel-0.43.0-py3-none-any.whl");
        var random = new Random(13);
        for (var i = 0; i < 150; i++)
        {
            var mutant = (byte[])wheel.Clone();
            for (var flips = 0; flips < 1 + (i % 8); flips++)
            {
                mutant[random.Next(mutant.Length)] = (byte)random.Next(256);
            }

            _ = ArtifactAnalyzer.Analyze(new ArtifactInput("wheel-0.43.0-py3-none-any.whl", mutant));
        }
    }

    [Fact]
    public void MutatedTarHeaders_NeverThrow()
    {
        var tar = Tar();
        var random = new Random(14);
        for (var i = 0; i < 400; i++)
        {
            var mutant = (byte[])tar.Clone();
            var header = 512 * random.Next(3);
            mutant[header + random.Next(512)] = (byte)random.Next(256);
            if (i % 5 == 0)
            {
                mutant[header + 124] = 0x80; // a base-256 size field
            }

            _ = ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0.tar.gz", Gzip(mutant)));
        }
    }

    [Fact]
    public void HugeBlankPyprojectAndSpecialTarMembers_AreFindingsNotExceptions()
    {
        var sdist = HostileArchives.TarGz(w =>
        {
            HostileArchives.File(w, "demo-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n\n");
            HostileArchives.File(w, "demo-1.0/pyproject.toml", new string('\n', 300_000) + "  backend-path = ['.']\n");
            w.WriteEntry(new PaxTarEntry(TarEntryType.Fifo, "demo-1.0/pipe"));
        });

        var findings = ArtifactAnalyzer.Analyze(new ArtifactInput("demo-1.0.tar.gz", sdist)).Findings;

        Assert.Contains(findings, f => f.Code == ArchiveCodes.SpecialMember && f.Severity == ArtifactSeverity.High);
        Assert.Contains(findings, f => f.Code == Surface.SurfaceCodes.InTreeBuildBackend);
        Assert.DoesNotContain(findings, f => f.Code == AnalysisCodes.Incomplete);
    }

    private static byte[] Tar()
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
        {
            writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "demo-1.0/setup.py") { DataStream = new MemoryStream("from setuptools import setup\nsetup()\n"u8.ToArray()) });
            writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "demo-1.0/PKG-INFO") { DataStream = new MemoryStream("Name: demo\nVersion: 1.0\n\n"u8.ToArray()) });
        }

        return buffer.ToArray();
    }

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

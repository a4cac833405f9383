using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using TrustCheck.TestKit.Resolution;

namespace TrustCheck.TestKit.Tests.Resolution;

public sealed class WheelFactoryTests
{
    private static readonly GeneratedRelease Release = new(
        "2.0.0rc1",
        ["pkg-c>=1.0", "pkg-d[fast]; extra == \"fast\""],
        ">=3.8",
        Yanked: false,
        ["fast"]);

    [Fact]
    public void Build_Release_NamesTheWheelAndWritesItsMetadata()
    {
        var wheel = WheelFactory.Build("pkg-b", Release);

        Assert.Equal("pkg_b-2.0.0rc1-py3-none-any.whl", wheel.Filename);
        Assert.Equal(
            "Metadata-Version: 2.1\nName: pkg-b\nVersion: 2.0.0rc1\nSummary: A generated wheel for the resolver differential test.\n" +
            "Requires-Python: >=3.8\nProvides-Extra: fast\nRequires-Dist: pkg-c>=1.0\nRequires-Dist: pkg-d[fast]; extra == \"fast\"\n\n",
            Encoding.UTF8.GetString(wheel.Metadata));
        using var archive = new ZipArchive(new MemoryStream(wheel.Content));
        Assert.Equal(wheel.Metadata, Read(archive, "pkg_b-2.0.0rc1.dist-info/METADATA"));
        Assert.Contains("Tag: py3-none-any", Encoding.UTF8.GetString(Read(archive, "pkg_b-2.0.0rc1.dist-info/WHEEL")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Record_HashesEveryOtherMember()
    {
        var wheel = WheelFactory.Build("pkg-b", Release);

        using var archive = new ZipArchive(new MemoryStream(wheel.Content));
        var record = Encoding.UTF8.GetString(Read(archive, "pkg_b-2.0.0rc1.dist-info/RECORD")).TrimEnd('\n').Split('\n');
        Assert.Equal(archive.Entries.Count, record.Length);
        foreach (var line in record)
        {
            var parts = line.Split(',');
            if (parts[0].EndsWith("/RECORD", StringComparison.Ordinal))
            {
                Assert.Equal(["", ""], parts[1..]);
                continue;
            }

            var bytes = Read(archive, parts[0]);
            var hash = Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            Assert.Equal("sha256=" + hash, parts[1]);
            Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[2]);
        }
    }

    [Fact]
    public void Build_SameInput_SameBytes()
    {
        Assert.Equal(WheelFactory.Build("pkg-b", Release).Content, WheelFactory.Build("pkg-b", Release).Content);
    }

    private static byte[] Read(ZipArchive archive, string path)
    {
        using var stream = archive.GetEntry(path)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

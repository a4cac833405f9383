using System.Security.Cryptography;
using TrustCheck.Engine.Evidence;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Release;
using TrustCheck.Sources;

namespace TrustCheck.Tests.Engine.Evidence;

/// <summary>
/// Which earlier file a release's file is compared with, and how downloaded contents are bound to the published
/// digest (the downloader here serves fixed bytes; the loopback end to end is in the CLI's InspectArtifactsTests).
/// </summary>
public sealed class ReleaseContentsLoaderTests
{
    private static readonly PyPiReleaseInfo Info = new() { Name = "demo", Version = "2.0.0" };

    [Fact]
    public void BaselineOf_Wheel_IsTheNearestEarlierReleaseWithAWheelSharingTheMostTags()
    {
        var project = Project(
            ("1.0.0", ["demo-1.0.0-py3-none-any.whl", "demo-1.0.0.tar.gz"]),
            ("1.1.0", ["demo-1.1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "demo-1.1.0-cp311-cp311-win_amd64.whl"]),
            ("1.2.0", ["demo-1.2.0.tar.gz"]),
            ("2.0.0", ["demo-2.0.0-cp311-cp311-win_amd64.whl"]));

        Assert.Equal(("1.1.0", "demo-1.1.0-cp311-cp311-win_amd64.whl"), Pick(project, "2.0.0", "demo-2.0.0-cp311-cp311-win_amd64.whl"));
        Assert.Equal(("1.2.0", "demo-1.2.0.tar.gz"), Pick(project, "2.0.0", "demo-2.0.0.tar.gz"));
    }

    [Fact]
    public void BaselineOf_SkipsYankedFilesAndPreReleasesOfAStableRelease()
    {
        var project = Project(
            ("1.0.0", ["demo-1.0.0-py3-none-any.whl"]),
            ("1.1.0", ["demo-1.1.0-py3-none-any.whl!"]),
            ("2.0.0rc1", ["demo-2.0.0rc1-py3-none-any.whl"]));

        Assert.Equal(("1.0.0", "demo-1.0.0-py3-none-any.whl"), Pick(project, "2.0.0", "demo-2.0.0-py3-none-any.whl"));
        Assert.Equal(("2.0.0rc1", "demo-2.0.0rc1-py3-none-any.whl"), Pick(project, "2.0.0rc2", "demo-2.0.0rc2-py3-none-any.whl"));
    }

    [Fact]
    public void BaselineOf_SdistPrefersTheSameContainerButTakesTheOther()
    {
        var project = Project(("1.0.0", ["demo-1.0.0.zip"]), ("1.1.0", ["demo-1.1.0.zip", "demo-1.1.0.tar.gz"]));

        Assert.Equal(("1.1.0", "demo-1.1.0.tar.gz"), Pick(project, "2.0.0", "demo-2.0.0.tar.gz"));
        Assert.Equal(("1.0.0", "demo-1.0.0.zip"), Pick(project, "1.1.0", "demo-1.1.0.tar.gz"));
    }

    [Fact]
    public void BaselineOf_FirstReleaseOrNoProject_IsNone()
    {
        var project = Project(("2.0.0", ["demo-2.0.0-py3-none-any.whl"]));

        Assert.Null(ReleaseContentsLoader.BaselineOf(project, "2.0.0", "demo-2.0.0-py3-none-any.whl"));
        Assert.Null(ReleaseContentsLoader.BaselineOf(null, "2.0.0", "demo-2.0.0-py3-none-any.whl"));
    }

    [Fact]
    public async Task LoadAsync_BytesMatchingTheDigest_AreKeptWithTheirBaseline()
    {
        var downloader = new FixedDownloader();
        var project = Project(("1.0.0", ["demo-1.0.0-py3-none-any.whl"]), ("2.0.0", ["demo-2.0.0-py3-none-any.whl"]));

        var contents = await new ReleaseContentsLoader(downloader).LoadAsync(project, "2.0.0", [File("demo-2.0.0-py3-none-any.whl", FixedDownloader.Digest("demo-2.0.0-py3-none-any.whl"))], CancellationToken.None);

        var content = Assert.Single(contents);
        Assert.Null(content.Problem);
        Assert.Equal(FixedDownloader.Bytes("demo-2.0.0-py3-none-any.whl"), content.Content.ToArray());
        Assert.Equal(("demo-1.0.0-py3-none-any.whl", "1.0.0", null), (content.Baseline?.Filename, content.Baseline?.Version, content.Baseline?.Problem));
    }

    [Fact]
    public async Task LoadAsync_BytesNotMatchingTheDigestOrNoDigest_AreDroppedWithTheReason()
    {
        var downloader = new FixedDownloader();

        var contents = await new ReleaseContentsLoader(downloader).LoadAsync(null, "2.0.0",
            [File("demo-2.0.0-py3-none-any.whl", new string('0', 64)), File("demo-2.0.0.tar.gz", null)], CancellationToken.None);

        Assert.Contains("hash to", contents[0].Problem, StringComparison.Ordinal);
        Assert.True(contents[0].Content.IsEmpty);
        Assert.Contains("no SHA-256", contents[1].Problem, StringComparison.Ordinal);
        Assert.Equal(["demo-2.0.0-py3-none-any.whl"], downloader.Requested);
    }

    private static (string Version, string File)? Pick(PyPiProject project, string version, string filename) =>
        ReleaseContentsLoader.BaselineOf(project, version, filename) is { } found ? (found.Version, found.File.Filename) : null;

    /// <summary>A project; a file name ending in '!' is yanked.</summary>
    private static PyPiProject Project(params (string Version, string[] Files)[] releases) => new()
    {
        Info = Info,
        Releases = releases.ToDictionary(r => r.Version, r => (IReadOnlyList<PyPiFile>)[.. r.Files.Select(f => new PyPiFile
        {
            Filename = f.TrimEnd('!'),
            Yanked = f.EndsWith('!'),
            Url = "https://files.example/" + f.TrimEnd('!'),
            Digests = new PyPiFileDigests(FixedDownloader.Digest(f.TrimEnd('!'))),
        })]),
    };

    private static DistributionEvidence File(string filename, string? sha256) => new()
    {
        Filename = filename,
        Sha256 = sha256,
        Url = new Uri("https://files.example/" + filename),
        Provenance = FileProvenance.Absent,
    };

    /// <summary>Serves each file's name as its bytes.</summary>
    private sealed class FixedDownloader : IDistributionDownloader
    {
        public List<string> Requested { get; } = [];

        public static byte[] Bytes(string filename) => System.Text.Encoding.UTF8.GetBytes("bytes of " + filename);

        public static string Digest(string filename) => Convert.ToHexStringLower(SHA256.HashData(Bytes(filename)));

        public Task<DownloadedDistribution> DownloadAndHashAsync(Uri url, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<DownloadedContent> DownloadAsync(Uri url, CancellationToken cancellationToken)
        {
            var filename = url.Segments[^1];
            lock (Requested)
            {
                Requested.Add(filename);
            }

            return Task.FromResult(new DownloadedContent(Bytes(filename), Digest(filename)));
        }
    }
}

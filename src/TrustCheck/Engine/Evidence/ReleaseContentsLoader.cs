using System.Collections.Concurrent;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Release;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Engine.Evidence;

/// <summary>
/// Downloads a release's files for <c>--inspect-artifacts</c> — into memory through the streaming downloader, never
/// cached on disk — each bound to the digest the index publishes, with its baseline: the nearest earlier, not yanked
/// release's file of the same kind (an sdist of the same container first; for a wheel, the one sharing the most tags).
/// </summary>
internal sealed class ReleaseContentsLoader(IDistributionDownloader downloader)
{
    /// <summary>Downloads held in memory at once: a release with seventy wheels is fetched a few files at a time.</summary>
    private const int ConcurrentDownloads = 4;

    public async Task<IReadOnlyList<DistributionContent>> LoadAsync(PyPiProject? project, string version, IReadOnlyList<DistributionEvidence> files, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(ConcurrentDownloads);
        var downloads = new ConcurrentDictionary<string, Task<DistributionContent>>(StringComparer.Ordinal);
        var loaded = await Task.WhenAll(files.Select(async file =>
        {
            var content = await downloads.GetOrAdd(file.Filename, _ => DownloadAsync(slots, file.Filename, version, file.Url, file.Sha256, cancellationToken)).ConfigureAwait(false);
            var baseline = BaselineOf(project, version, file.Filename);
            return baseline is null ? content : content with
            {
                Baseline = await downloads.GetOrAdd(baseline.Value.File.Filename, _ => DownloadAsync(slots, baseline.Value.File.Filename, baseline.Value.Version, Url(baseline.Value.File.Url), baseline.Value.File.Digests.Sha256, cancellationToken)).ConfigureAwait(false),
            };
        })).ConfigureAwait(false);
        return loaded;
    }

    /// <summary>The nearest earlier release's file of the same kind, or null.</summary>
    internal static (string Version, PyPiFile File)? BaselineOf(PyPiProject? project, string version, string filename)
    {
        if (project is null || !PythonVersion.TryParse(version, out var current) || !DistributionFilename.TryParse(filename, out var file))
        {
            return null;
        }

        var earlier = project.Releases
            .Select(r => (Text: r.Key, Files: r.Value, Parsed: PythonVersion.TryParse(r.Key, out var v) ? v : null))
            .Where(r => r.Parsed is not null && r.Parsed < current && (current.IsPrerelease || !r.Parsed.IsPrerelease))
            .OrderByDescending(r => r.Parsed);
        foreach (var (text, releaseFiles, _) in earlier)
        {
            var candidates = releaseFiles
                .Where(f => !f.Yanked && DistributionFilename.TryParse(f.Filename, out var other) && other.Kind == file.Kind)
                .OrderByDescending(f => SameContainer(f.Filename, filename))
                .ThenByDescending(f => DistributionFilename.TryParse(f.Filename, out var other) ? other.Tags.Intersect(file.Tags).Count() : 0)
                .ThenBy(f => f.Filename, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count > 0)
            {
                return (text, candidates[0]);
            }
        }

        return null;
    }

    private static bool SameContainer(string a, string b) =>
        a.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) == b.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase);

    private static Uri? Url(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;

    private async Task<DistributionContent> DownloadAsync(SemaphoreSlim slots, string filename, string version, Uri? url, string? published, CancellationToken cancellationToken)
    {
        if (url is null || published is null)
        {
            return new DistributionContent
            {
                Filename = filename,
                Version = version,
                Sha256 = published ?? string.Empty,
                Problem = url is null ? "the index publishes no download URL for it" : "the index publishes no SHA-256 for it, so its bytes cannot be bound to the release",
            };
        }

        DownloadedContent downloaded;
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            downloaded = await downloader.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (EvidenceSourceException error)
        {
            // Too large to analyse, unreachable after retries, cut off: this file is not analysed, and the report says so.
            return new DistributionContent { Filename = filename, Version = version, Sha256 = published, Problem = "it could not be downloaded for analysis: " + error.Message };
        }
        finally
        {
            slots.Release();
        }

        var matches = string.Equals(downloaded.Sha256, published, StringComparison.OrdinalIgnoreCase);
        return new DistributionContent
        {
            Filename = filename,
            Version = version,
            Sha256 = downloaded.Sha256,
            Content = matches ? downloaded.Content : ReadOnlyMemory<byte>.Empty,
            Problem = matches ? null : $"its downloaded bytes hash to {downloaded.Sha256}, but the index publishes {published}",
        };
    }
}

using TrustCheck.Diagnostics;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Provenance;
using TrustCheck.Evidence.Release;
using TrustCheck.Evidence.Simple;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;
using TrustCheck.Signals;
using TrustCheck.Sources;
using TrustCheck.Sources.Vulnerabilities;

namespace TrustCheck.Engine.Evidence;

/// <summary>
/// Gathers the evidence of one release: the JSON API's release and project, the index pages, every file's
/// provenance verified offline (bound to the digest both APIs publish), the vulnerabilities merged by alias, and
/// the nearest earlier release's provenance for drift checks. With <c>verifyDownloads</c>, every file of the release
/// is downloaded and its bytes must hash to the published digest before any attestation is bound to it.
/// </summary>
internal sealed class ReleaseEvidenceLoader(IEvidenceSources sources, ITrustedRootSource trustedRoot, IDistributionDownloader downloader, TrustCheckMetrics metrics)
{
    private const int HistoryWithProvenance = 1;
    private ProvenanceChecker? _checker;

    public async Task<ReleaseEvidence> LoadAsync(PackageName name, string? version, bool verifyDownloads, bool inspectArtifacts, CancellationToken cancellationToken)
    {
        var project = await sources.Metadata.GetProjectAsync(name, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return await LoadFromPrivateIndexAsync(name, version, verifyDownloads, inspectArtifacts, cancellationToken).ConfigureAwait(false)
                ?? throw new PackageNotFoundException($"The project '{name}' does not exist on the index.") { Project = name.Normalized };
        }

        version ??= project.Info.Version;
        var releaseTask = sources.Metadata.GetReleaseAsync(name, version, cancellationToken);
        var pageTask = sources.Indexes.Primary.GetProjectPageAsync(name, cancellationToken);
        var extraTask = Task.WhenAll(sources.Indexes.Extras.Select(i => i.GetProjectPageAsync(name, cancellationToken)));
        var release = await releaseTask.ConfigureAwait(false)
            ?? throw new PackageNotFoundException($"The release '{name}=={version}' does not exist on the index.");
        version = release.Info.Version;
        var vulnerabilityTask = sources.Vulnerabilities.QueryAsync([new VulnerabilityQuery(name, version)], cancellationToken);
        var page = await pageTask.ConfigureAwait(false);
        var files = await LoadFilesAsync(name, version, release.Files, page, verifyDownloads, askPublicIntegrityApi: true, cancellationToken).ConfigureAwait(false);
        var history = await LoadHistoryAsync(name, version, project, cancellationToken).ConfigureAwait(false);
        var contents = inspectArtifacts ? await new ReleaseContentsLoader(downloader).LoadAsync(project, version, files, cancellationToken).ConfigureAwait(false) : [];
        var osv = await vulnerabilityTask.ConfigureAwait(false);
        return new ReleaseEvidence
        {
            Name = name,
            Version = version,
            Release = release,
            Project = project,
            IndexPage = page,
            ExtraIndexPages = (await extraTask.ConfigureAwait(false)).OfType<SimpleProjectPage>().ToList(),
            Files = files,
            Vulnerabilities = VulnerabilityMerger.Merge(osv.SelectMany(r => r.Records), release.Vulnerabilities),
            History = history,
            Contents = contents,
        };
    }

    /// <summary>
    /// A project the public JSON API does not know but a private (extra) index serves is inspected from what that index
    /// offers, like pip would install it; the dependency-confusion provider then reports the exposure.
    /// </summary>
    private async Task<ReleaseEvidence?> LoadFromPrivateIndexAsync(PackageName name, string? version, bool verifyDownloads, bool inspectArtifacts, CancellationToken cancellationToken)
    {
        if (sources.Indexes.Extras.Count == 0)
        {
            return null;
        }

        var pages = (await Task.WhenAll(sources.Indexes.Extras.Select(i => i.GetProjectPageAsync(name, cancellationToken))).ConfigureAwait(false)).OfType<SimpleProjectPage>().ToList();
        var candidates = pages
            .Select(page => (Page: page, Built: PrivateIndexRelease.From(version, page)))
            .Where(c => c.Built is not null)
            .OrderByDescending(c => PythonVersion.Parse(c.Built!.Value.Release.Info.Version))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (page, built) = candidates[0];
        var (release, project) = built!.Value;
        var files = await LoadFilesAsync(name, release.Info.Version, release.Files, page, verifyDownloads, askPublicIntegrityApi: false, cancellationToken).ConfigureAwait(false);
        var primary = await sources.Indexes.Primary.GetProjectPageAsync(name, cancellationToken).ConfigureAwait(false);
        return new ReleaseEvidence
        {
            Name = name,
            Version = release.Info.Version,
            Release = release,
            Project = project,
            IndexPage = primary,
            ExtraIndexPages = pages,
            PrivateIndex = page.Index,
            Files = files,
            Contents = inspectArtifacts ? await new ReleaseContentsLoader(downloader).LoadAsync(project, release.Info.Version, files, cancellationToken).ConfigureAwait(false) : [],
        };
    }

    private async Task<IReadOnlyList<DistributionEvidence>> LoadFilesAsync(PackageName name, string version, IReadOnlyList<PyPiFile> files, SimpleProjectPage? page, bool verifyDownloads, bool askPublicIntegrityApi, CancellationToken cancellationToken)
    {
        var indexed = (page?.Files ?? []).GroupBy(f => f.Filename, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var loaded = await Task.WhenAll(files.Select(file => LoadFileAsync(name, version, file, indexed.GetValueOrDefault(file.Filename), verifyDownloads, askPublicIntegrityApi, cancellationToken))).ConfigureAwait(false);
        return loaded;
    }

    private async Task<DistributionEvidence> LoadFileAsync(PackageName name, string version, PyPiFile file, SimpleFile? indexed, bool verifyDownloads, bool askPublicIntegrityApi, CancellationToken cancellationToken)
    {
        var sha256 = file.Digests.Sha256;
        var url = Uri.TryCreate(file.Url, UriKind.Absolute, out var published) ? published : indexed?.Url;
        var downloaded = verifyDownloads && url is not null
            ? (await downloader.DownloadAndHashAsync(url, cancellationToken).ConfigureAwait(false)).Sha256
            : null;
        FileProvenance provenance;
        if (DigestProblem(sha256, indexed?.Sha256, verifyDownloads, url, downloaded) is { } problem)
        {
            metrics.RecordVerification("failed", ProvenanceFailure.DigestStage);
            provenance = new FileProvenance { Outcome = ProvenanceOutcome.Failed, Failure = new ProvenanceFailure(ProvenanceFailure.DigestStage, problem) };
        }
        else if (!askPublicIntegrityApi && indexed?.Provenance is null)
        {
            // A private file's name is never sent to the public Integrity API; only a provenance link of its own index counts.
            provenance = FileProvenance.Absent;
        }
        else
        {
            var document = await sources.Provenance.GetProvenanceAsync(new ProvenanceRequest(name, version, file.Filename, indexed?.Provenance), cancellationToken).ConfigureAwait(false);
            provenance = document.Status == ProvenanceStatus.Absent
                ? FileProvenance.Absent with { Source = document.Source }
                : (await CheckerAsync(cancellationToken).ConfigureAwait(false)).Check(document.Content.Span, file.Filename, sha256, document.Source);
        }

        return new DistributionEvidence
        {
            Filename = file.Filename,
            PackageType = file.PackageType,
            Sha256 = sha256,
            Size = file.Size,
            UploadTime = file.UploadTime,
            Yanked = file.Yanked || (indexed?.Yanked ?? false),
            YankedReason = file.YankedReason ?? indexed?.YankedReason,
            RequiresPython = file.RequiresPython ?? indexed?.RequiresPython,
            Url = url,
            DownloadedSha256 = downloaded,
            Provenance = provenance,
        };
    }

    // The root source keeps the root once obtained (and retries after a failure), so a checker is built once per root;
    // a failure to obtain the root is never kept here.
    private async Task<ProvenanceChecker> CheckerAsync(CancellationToken cancellationToken)
    {
        var root = await trustedRoot.GetAsync(cancellationToken).ConfigureAwait(false);
        var checker = Volatile.Read(ref _checker);
        if (checker is null || !ReferenceEquals(checker.Root, root))
        {
            checker = new ProvenanceChecker(root, metrics);
            Volatile.Write(ref _checker, checker);
        }

        return checker;
    }

    // Attestations are bound to one digest; any disagreement about it means nothing can be bound.
    private static string? DigestProblem(string? published, string? indexed, bool verifyDownloads, Uri? url, string? downloaded)
    {
        if (indexed is not null && published is not null && !string.Equals(indexed, published, StringComparison.OrdinalIgnoreCase))
        {
            return $"The JSON API publishes SHA-256 {published} but the index publishes {indexed}.";
        }

        if (!verifyDownloads)
        {
            return null;
        }

        if (url is null)
        {
            return "Neither API publishes a download URL, so the file's bytes cannot be checked.";
        }

        var expected = published ?? indexed;
        return expected is null
            ? $"No SHA-256 is published for the file; the downloaded bytes hash to {downloaded}."
            : string.Equals(expected, downloaded, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"The downloaded bytes hash to {downloaded}, but the index publishes {expected}.";
    }

    private async Task<IReadOnlyList<ReleaseHistoryEntry>> LoadHistoryAsync(PackageName name, string version, PyPiProject project, CancellationToken cancellationToken)
    {
        if (!PythonVersion.TryParse(version, out var current))
        {
            return [];
        }

        var earlier = project.Releases
            .Select(r => (Text: r.Key, Files: r.Value, Parsed: PythonVersion.TryParse(r.Key, out var v) ? v : null))
            .Where(r => r.Parsed is not null && r.Parsed < current)
            .OrderByDescending(r => r.Parsed)
            .ToList();
        var checkedCount = 0;
        var entries = new List<Task<ReleaseHistoryEntry>>(earlier.Count);
        foreach (var (text, files, _) in earlier)
        {
            var yanked = files.Count > 0 && files.All(f => f.Yanked);
            var check = files.Count > 0 && !yanked && checkedCount < HistoryWithProvenance;
            if (check)
            {
                checkedCount++;
            }

            entries.Add(HistoryEntryAsync(name, text, files, yanked, check, cancellationToken));
        }

        return await Task.WhenAll(entries).ConfigureAwait(false);
    }

    private async Task<ReleaseHistoryEntry> HistoryEntryAsync(PackageName name, string version, IReadOnlyList<PyPiFile> files, bool yanked, bool check, CancellationToken cancellationToken)
    {
        var uploads = files.Where(f => f.UploadTime is not null).Select(f => f.UploadTime!.Value).ToList();
        return new ReleaseHistoryEntry
        {
            Version = version,
            UploadTime = uploads.Count == 0 ? null : uploads.Min(),
            Yanked = yanked,
            ProvenanceChecked = check,
            Files = check ? await Task.WhenAll(files.Select(f => LoadFileAsync(name, version, f, indexed: null, verifyDownloads: false, askPublicIntegrityApi: true, cancellationToken))).ConfigureAwait(false) : [],
        };
    }
}

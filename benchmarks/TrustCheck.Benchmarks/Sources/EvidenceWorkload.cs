using TrustCheck.Evidence.Provenance;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Benchmarks.Sources;

/// <summary>
/// The evidence an inspection of N packages needs: each project's JSON, the release's JSON, the provenance of every
/// file of the release, and one OSV lookup for all of them — fetched as concurrently as the sources allow.
/// </summary>
public static class EvidenceWorkload
{
    public static async Task<int> FetchAsync(IServiceProvider services, IReadOnlyList<(PackageName Name, string Version)> packages, CancellationToken cancellationToken = default)
    {
        var metadata = (IPackageMetadataSource)services.GetService(typeof(IPackageMetadataSource))!;
        var provenance = (IProvenanceSource)services.GetService(typeof(IProvenanceSource))!;
        var vulnerabilities = (IVulnerabilitySource)services.GetService(typeof(IVulnerabilitySource))!;

        var osv = vulnerabilities.QueryAsync(packages.Select(p => new VulnerabilityQuery(p.Name, p.Version)).ToList(), cancellationToken);
        var perPackage = packages.Select(async package =>
        {
            var project = metadata.GetProjectAsync(package.Name, cancellationToken);
            var release = await metadata.GetReleaseAsync(package.Name, package.Version, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{package.Name} {package.Version} is missing.");
            var documents = await Task.WhenAll(release.Files.Select(f =>
                provenance.GetProvenanceAsync(new ProvenanceRequest(package.Name, package.Version, f.Filename), cancellationToken))).ConfigureAwait(false);
            _ = await project.ConfigureAwait(false) ?? throw new InvalidOperationException($"{package.Name} is missing.");
            return 2 + documents.Length;
        });
        var counts = await Task.WhenAll(perPackage).ConfigureAwait(false);
        var results = await osv.ConfigureAwait(false);
        return counts.Sum() + results.Count;
    }
}

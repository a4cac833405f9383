using Microsoft.Extensions.Options;
using TrustCheck.Caching;

namespace TrustCheck.Sources.Simple;

/// <summary>The configured indexes, built once from the options.</summary>
internal sealed class PackageIndexSet(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options) : IPackageIndexSet
{
    public IPackageIndex Primary { get; } = new SimpleIndex(fetcher, options.Value.IndexUrl);

    public IReadOnlyList<IPackageIndex> Extras { get; } = options.Value.ExtraIndexUrls.Select(url => (IPackageIndex)new SimpleIndex(fetcher, url)).ToList();
}

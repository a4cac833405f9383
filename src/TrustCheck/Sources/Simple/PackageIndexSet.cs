using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Http;

namespace TrustCheck.Sources.Simple;

/// <summary>The configured indexes, built once from the options.</summary>
internal sealed class PackageIndexSet(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options) : IPackageIndexSet
{
    public IPackageIndex Primary { get; } = new SimpleIndex(fetcher, options.Value.IndexUrl);

    // A private index without credentials in its URL takes them from netrc, as pip does; the public index never does.
    public IReadOnlyList<IPackageIndex> Extras { get; } = options.Value.ExtraIndexUrls
        .Select(url => (IPackageIndex)new SimpleIndex(fetcher, NetrcFile.WithCredentials(url, options.Value.NetrcFile ?? NetrcFile.DefaultPath())))
        .ToList();
}

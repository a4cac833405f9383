namespace TrustCheck.Sources;

/// <summary>Where evidence comes from. Index URLs may carry credentials (<c>https://user:token@host/simple/</c>); they are sent as HTTP Basic authentication, only to that origin, and never printed.</summary>
public sealed class EvidenceSourceOptions
{
    /// <summary>The JSON API and Integrity API root (<c>--pypi-url</c>).</summary>
    public Uri PyPiUrl { get; set; } = new("https://pypi.org/");

    /// <summary>The Simple API root (<c>--index-url</c>).</summary>
    public Uri IndexUrl { get; set; } = new("https://pypi.org/simple/");

    /// <summary>Extra Simple API roots, private indexes among them (<c>--extra-index-url</c>).</summary>
    public IList<Uri> ExtraIndexUrls { get; } = [];

    /// <summary>The OSV API root (<c>--osv-url</c>).</summary>
    public Uri OsvUrl { get; set; } = new("https://api.osv.dev/");

    /// <summary>Sigstore's TUF repository root.</summary>
    public Uri TufUrl { get; set; } = new("https://tuf-repo-cdn.sigstore.dev/");

    /// <summary>A Sigstore <c>trusted_root.json</c> to use instead of fetching one through TUF (<c>--trusted-root</c>).</summary>
    public string? TrustedRootFile { get; set; }

    /// <summary>The TUF root trusted first, pinned by version and digest (Sigstore production by default; another for a mirror of another repository).</summary>
    public TrustCheck.Attestations.Tuf.TufRootPin TufRootPin { get; set; } = TrustCheck.Attestations.Tuf.TufRootPin.SigstoreProduction;

    /// <summary>Where the popular-projects list is downloaded from.</summary>
    public Uri PopularPackagesUrl { get; set; } = new("https://hugovk.github.io/top-pypi-packages/top-pypi-packages.min.json");

    /// <summary>A local popular-projects list used instead of the download (<c>--popular-names</c>).</summary>
    public string? PopularPackagesFile { get; set; }

    /// <summary>How many OSV queries go in one <c>/v1/querybatch</c> request.</summary>
    public int OsvBatchSize { get; set; } = 1000;

    /// <summary>The largest distribution <c>--verify-downloads</c> hashes (default 2 GiB); a larger one is an error.</summary>
    public long MaxDownloadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Throws when an option cannot work.</summary>
    /// <exception cref="InvalidOperationException">An option is invalid.</exception>
    public void Validate()
    {
        foreach (var (name, url) in new[] { ("PyPiUrl", PyPiUrl), ("IndexUrl", IndexUrl), ("OsvUrl", OsvUrl), ("TufUrl", TufUrl), ("PopularPackagesUrl", PopularPackagesUrl) }.Concat(ExtraIndexUrls.Select(u => ("ExtraIndexUrls", u))))
        {
            if (url is null || !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            {
                throw new InvalidOperationException($"TrustCheck sources: {name} must be an absolute https URL (http only for loopback), not '{Http.UrlRedactor.Redact(url)}'.");
            }
        }

        if (MaxDownloadBytes < 1)
        {
            throw new InvalidOperationException("TrustCheck sources: MaxDownloadBytes must be positive.");
        }

        if (OsvBatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException("TrustCheck sources: OsvBatchSize must be between 1 and 1000.");
        }
    }

    internal static Uri AsDirectory(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}

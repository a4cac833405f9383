using System.ComponentModel.DataAnnotations;
using TrustCheck.Configuration;

namespace TrustCheck.Sources;

/// <summary>
/// Where evidence comes from. Index URLs may carry credentials (<c>https://user:token@host/simple/</c>); they are sent
/// as HTTP Basic authentication, only to that origin, and never printed. Validated when the container is built
/// (<see cref="EvidenceSourceOptionsValidator"/>): service URLs must be absolute HTTPS (plain HTTP only to loopback).
/// </summary>
public sealed class EvidenceSourceOptions
{
    /// <summary>The JSON API and Integrity API root (<c>--pypi-url</c>).</summary>
    [Required]
    [ServiceUrl]
    public Uri PyPiUrl { get; set; } = new("https://pypi.org/");

    /// <summary>The Simple API root (<c>--index-url</c>).</summary>
    [Required]
    [ServiceUrl]
    public Uri IndexUrl { get; set; } = new("https://pypi.org/simple/");

    /// <summary>Extra Simple API roots, private indexes among them (<c>--extra-index-url</c>).</summary>
    [ServiceUrl]
    public IList<Uri> ExtraIndexUrls { get; } = [];

    /// <summary>
    /// The netrc file private indexes without credentials in their URL take them from (as pip does); null for the
    /// <c>NETRC</c> environment variable, else <c>~/.netrc</c>. Never used for the public index, OSV or TUF.
    /// </summary>
    public string? NetrcFile { get; set; }

    /// <summary>The OSV API root (<c>--osv-url</c>).</summary>
    [Required]
    [ServiceUrl]
    public Uri OsvUrl { get; set; } = new("https://api.osv.dev/");

    /// <summary>Sigstore's TUF repository root.</summary>
    [Required]
    [ServiceUrl]
    public Uri TufUrl { get; set; } = new("https://tuf-repo-cdn.sigstore.dev/");

    /// <summary>A Sigstore <c>trusted_root.json</c> to use instead of fetching one through TUF (<c>--trusted-root</c>).</summary>
    public string? TrustedRootFile { get; set; }

    /// <summary>The TUF root trusted first, pinned by version and digest (Sigstore production by default; another for a mirror of another repository).</summary>
    [Required]
    public TrustCheck.Attestations.Tuf.TufRootPin TufRootPin { get; set; } = TrustCheck.Attestations.Tuf.TufRootPin.SigstoreProduction;

    /// <summary>Where the popular-projects list is downloaded from.</summary>
    [Required]
    [ServiceUrl]
    public Uri PopularPackagesUrl { get; set; } = new("https://hugovk.github.io/top-pypi-packages/top-pypi-packages.min.json");

    /// <summary>A local popular-projects list used instead of the download (<c>--popular-names</c>).</summary>
    public string? PopularPackagesFile { get; set; }

    /// <summary>How many OSV queries go in one <c>/v1/querybatch</c> request.</summary>
    [ValueRange(1, 1000, ErrorMessage = "{0} must be between 1 and 1000.")]
    public int OsvBatchSize { get; set; } = 1000;

    /// <summary>The largest distribution <c>--verify-downloads</c> hashes (default 2 GiB); a larger one is an error.</summary>
    [ValueRange(typeof(long), "1", "9223372036854775807", ErrorMessage = "{0} must be positive.")]
    public long MaxDownloadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    internal static Uri AsDirectory(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}

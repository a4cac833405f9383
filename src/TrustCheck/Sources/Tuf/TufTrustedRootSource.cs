using Microsoft.Extensions.Options;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.Threading;

namespace TrustCheck.Sources.Tuf;

/// <summary>
/// Sigstore's trusted root obtained the way real clients do it: TUF from the root pinned in code, through the
/// cached HTTP layer, with the verified metadata kept in the cache directory for rollback protection. Kept for the
/// process once obtained; a failed attempt is not kept: the next call tries again (revalidating every TUF file with
/// the server, so a bad answer held in the cache cannot fail every later attempt).
/// </summary>
internal sealed class TufTrustedRootSource : ITrustedRootSource
{
    private readonly EvidenceFetcher _fetcher;
    private readonly IOptions<EvidenceSourceOptions> _options;
    private readonly IOptions<TrustCheckPaths> _paths;
    private readonly TimeProvider _time;
    private readonly RetryingAsyncLazy<TrustedRoot> _root;
    private int _failures;

    public TufTrustedRootSource(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options, IOptions<TrustCheckPaths> paths, TimeProvider time)
    {
        _fetcher = fetcher;
        _options = options;
        _paths = paths;
        _time = time;
        _root = new RetryingAsyncLazy<TrustedRoot>(LoadAsync);
    }

    public Task<TrustedRoot> GetAsync(CancellationToken cancellationToken = default) => _root.GetAsync(cancellationToken);

    private async Task<TrustedRoot> LoadAsync()
    {
        try
        {
            return await LoadOnceAsync(revalidate: Volatile.Read(ref _failures) > 0).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Increment(ref _failures);
            throw;
        }
    }

    private async Task<TrustedRoot> LoadOnceAsync(bool revalidate)
    {
        var options = _options.Value;
        var shown = UrlRedactor.Redact(options.TufUrl);
        var host = options.TufUrl.IdnHost + (options.TufUrl.IsDefaultPort ? string.Empty : "-" + options.TufUrl.Port);
        var cacheDirectory = _paths.Value.CacheDirectory;
        ITufMetadataStore store = cacheDirectory is null
            ? new InMemoryTufMetadataStore()
            : new FileTufMetadataStore(Path.Combine(cacheDirectory, "tuf", host));
        var client = new TufClient(new CachedTufRemote(_fetcher, _options, revalidate), store, options.TufRootPin, _time);
        TufTargetResult target;
        try
        {
            target = await client.GetTargetAsync("trusted_root.json", CancellationToken.None).ConfigureAwait(false);
        }
        catch (TufRemoteException error)
        {
            throw new EvidenceSourceException(error.InnerException is EvidenceSourceException inner ? inner.Kind : EvidenceErrorKind.Unreachable, shown, $"Sigstore's TUF repository failed: {error.Message}", error);
        }

        if (target.Content is null)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.Malformed, shown, $"Sigstore's trusted root did not verify through TUF: {target.Failure}");
        }

        var failure = TrustedRoot.TryParse(target.Content, out var root);
        return root ?? throw new EvidenceSourceException(EvidenceErrorKind.Malformed, shown, $"Sigstore's trusted root is not usable: {failure}");
    }
}

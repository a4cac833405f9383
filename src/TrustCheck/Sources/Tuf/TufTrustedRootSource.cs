using Microsoft.Extensions.Options;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Http;

namespace TrustCheck.Sources.Tuf;

/// <summary>
/// Sigstore's trusted root obtained the way real clients do it: TUF from the root pinned in code, through the
/// cached HTTP layer, with the verified metadata kept in the cache directory for rollback protection. Fetched once
/// per process.
/// </summary>
internal sealed class TufTrustedRootSource(CachedTufRemote remote, IOptions<EvidenceSourceOptions> options, IOptions<TrustCheckPaths> paths, TimeProvider time) : ITrustedRootSource
{
    private readonly Lazy<Task<TrustedRoot>> _root = new(() => LoadAsync(remote, options.Value, paths.Value, time));

    public Task<TrustedRoot> GetAsync(CancellationToken cancellationToken = default) => _root.Value.WaitAsync(cancellationToken);

    private static async Task<TrustedRoot> LoadAsync(CachedTufRemote remote, EvidenceSourceOptions options, TrustCheckPaths paths, TimeProvider time)
    {
        var shown = UrlRedactor.Redact(options.TufUrl);
        var host = options.TufUrl.IdnHost + (options.TufUrl.IsDefaultPort ? string.Empty : "-" + options.TufUrl.Port);
        ITufMetadataStore store = paths.CacheDirectory is null
            ? new InMemoryTufMetadataStore()
            : new FileTufMetadataStore(Path.Combine(paths.CacheDirectory, "tuf", host));
        var client = new TufClient(remote, store, options.TufRootPin, time);
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

using Microsoft.Extensions.Options;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.LocalFiles;
using TrustCheck.Threading;

namespace TrustCheck.Sources.Tuf;

/// <summary>
/// The trusted root from <see cref="EvidenceSourceOptions.TrustedRootFile"/> when set, else through TUF. Kept once
/// read; a file that is missing, unreadable or unusable is read again on the next call.
/// </summary>
internal sealed class TrustedRootSelector : ITrustedRootSource
{
    private readonly TufTrustedRootSource _tuf;
    private readonly IOptions<EvidenceSourceOptions> _options;
    private readonly RetryingAsyncLazy<TrustedRoot> _file;

    public TrustedRootSelector(TufTrustedRootSource tuf, IOptions<EvidenceSourceOptions> options)
    {
        _tuf = tuf;
        _options = options;
        _file = new RetryingAsyncLazy<TrustedRoot>(() => LoadFileAsync(options.Value.TrustedRootFile!));
    }

    public Task<TrustedRoot> GetAsync(CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(_options.Value.TrustedRootFile) ? _tuf.GetAsync(cancellationToken) : _file.GetAsync(cancellationToken);

    private static async Task<TrustedRoot> LoadFileAsync(string path)
    {
        byte[] bytes;
        try
        {
            bytes = await LocalDocument.ReadAsync(path, DocumentLimits.TrustedRoot, "trusted root").ConfigureAwait(false);
        }
        catch (LocalDocumentException error)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.Malformed, path, error.Message, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.Unreachable, path, $"The trusted root '{path}' cannot be read: {error.Message}", error);
        }

        var failure = TrustedRoot.TryParse(bytes, out var root);
        return root ?? throw new EvidenceSourceException(EvidenceErrorKind.Malformed, path, $"The trusted root '{path}' is not usable: {failure}");
    }
}

using Microsoft.Extensions.Options;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.LocalFiles;

namespace TrustCheck.Sources.Tuf;

/// <summary>The trusted root from <see cref="EvidenceSourceOptions.TrustedRootFile"/> when set, else through TUF. Loaded once.</summary>
internal sealed class TrustedRootSelector(TufTrustedRootSource tuf, IOptions<EvidenceSourceOptions> options) : ITrustedRootSource
{
    private readonly Lazy<Task<TrustedRoot>> _file = new(() => LoadFileAsync(options.Value.TrustedRootFile!));

    public Task<TrustedRoot> GetAsync(CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(options.Value.TrustedRootFile) ? tuf.GetAsync(cancellationToken) : _file.Value.WaitAsync(cancellationToken);

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

using Microsoft.Extensions.Options;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Caching;
using TrustCheck.Evidence.Provenance;
using TrustCheck.Http;

namespace TrustCheck.Sources.Integrity;

/// <summary>
/// PyPI's Integrity API (<c>/integrity/{name}/{version}/{filename}/provenance</c>): 200 is a provenance object, 404 is
/// "no provenance" (kept for a bounded time), anything else is a failure. The object is only checked to be a JSON
/// object with <c>attestation_bundles</c>; its cryptography is TrustCheck.Attestations' job.
/// </summary>
internal sealed class IntegrityProvenanceSource(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options) : IProvenanceSource
{
    private const string Accept = "application/vnd.pypi.integrity.v1+json, application/json;q=0.9";
    private const string What = "provenance object";

    public async Task<ProvenanceDocument> GetProvenanceAsync(ProvenanceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url ?? new Uri(
            EvidenceSourceOptions.AsDirectory(options.Value.PyPiUrl),
            $"integrity/{Uri.EscapeDataString(request.Name.Normalized)}/{Uri.EscapeDataString(request.Version)}/{Uri.EscapeDataString(request.Filename)}/provenance");
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(
            new EvidenceHttpRequest(url, Accept, EndpointProfile.Provenance.MaxBytes),
            EndpointProfile.Provenance,
            e => Validate(e.Body, shown),
            cancellationToken).ConfigureAwait(false);
        return entry.IsFound
            ? new ProvenanceDocument { Source = shown, Status = ProvenanceStatus.Found, Content = entry.Body }
            : new ProvenanceDocument { Source = shown, Status = ProvenanceStatus.Absent };
    }

    private static void Validate(byte[] body, string shown)
    {
        var failure = Pep740Document.TryDetect(body, out var kind);
        if (failure is not null || kind != Pep740DocumentKind.Provenance)
        {
            throw EvidenceJson.Malformed(shown, What, failure?.Reason ?? "it is a single attestation, not a provenance object with an 'attestation_bundles' list");
        }
    }
}

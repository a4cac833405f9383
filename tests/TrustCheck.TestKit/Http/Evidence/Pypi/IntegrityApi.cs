using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// <c>GET /integrity/{name}/{version}/{filename}/provenance</c>: the registered PEP 740 provenance object, or 404
/// <c>{"message": "No provenance available for &lt;filename&gt;"}</c>; 406 when <c>Accept</c> offers nothing JSON.
/// </summary>
internal sealed class IntegrityApi(EvidenceContent content)
{
    public const string IntegrityMediaType = "application/vnd.pypi.integrity.v1+json";

    public EvidenceResponse Handle(HttpRequest request, PathSegments path)
    {
        if (path.Count != 4 || path[3] != "provenance")
        {
            return EvidenceResponse.NotFound();
        }

        if (NegotiateMediaType(request) is not { } mediaType)
        {
            return EvidenceResponse.Message(406, "Request not acceptable");
        }

        var filename = path[2];
        return content.FindProvenance(EvidenceContent.Key(path[0]), path[1], filename) is { } document
            ? EvidenceResponse.Document(document, mediaType, ResponseCacheClass.Integrity, vary: "Accept")
            : EvidenceResponse.Message(404, $"No provenance available for {filename}");
    }

    /// <summary>The integrity media type when asked for, <c>application/json</c> for any other JSON or wildcard, null otherwise.</summary>
    private static string? NegotiateMediaType(HttpRequest request)
    {
        if (request.Headers.Accept.Count == 0)
        {
            return EvidenceResponse.JsonMediaType;
        }

        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return null;
        }

        var offered = accepted.Where(static m => m.Quality is not 0).Select(static m => m.MediaType.Value ?? string.Empty).ToList();
        if (offered.Contains(IntegrityMediaType, StringComparer.OrdinalIgnoreCase))
        {
            return IntegrityMediaType;
        }

        return offered.Any(static m => m is "application/json" or "*/*" or "application/*") ? EvidenceResponse.JsonMediaType : null;
    }
}

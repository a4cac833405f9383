using Microsoft.AspNetCore.Http;
using TrustCheck.TestKit.Http.Evidence.Osv;
using TrustCheck.TestKit.Http.Evidence.Pypi;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>Sends a request to the API its first path segment names, after the method and Basic-auth checks.</summary>
internal sealed class EvidenceRouter(
    PypiJsonApi pypi,
    SimpleApi simple,
    IntegrityApi integrity,
    OsvApi osv,
    StaticFileApi files,
    Func<BasicAuthGate?> authGate)
{
    public const string TopPackagesPath = "top-pypi-packages.min.json";

    public async Task<EvidenceResponse> RouteAsync(HttpContext context, string path)
    {
        var request = context.Request;
        if (authGate()?.Check(request, path) is { } challenge)
        {
            return challenge;
        }

        var segments = PathSegments.Parse(path);
        var area = segments.Count > 0 ? segments[0] : string.Empty;
        var rest = segments.Skip(1);
        if (area == "osv")
        {
            return await osv.HandleAsync(context, rest).ConfigureAwait(false);
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return EvidenceResponse.Message(405, "Method Not Allowed");
        }

        return area switch
        {
            "pypi" => pypi.Handle(rest, request.QueryString.Value ?? string.Empty),
            "simple" => simple.Handle(request, rest),
            "integrity" => integrity.Handle(request, rest),
            "tuf" => await files.TufAsync(rest, context.RequestAborted).ConfigureAwait(false),
            "packages" => files.Artifact(rest),
            TopPackagesPath when segments.Count == 1 && !segments.TrailingSlash => await files.TopPackagesAsync(context.RequestAborted).ConfigureAwait(false),
            _ => EvidenceResponse.NotFound(),
        };
    }
}

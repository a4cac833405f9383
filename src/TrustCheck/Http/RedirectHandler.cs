using System.Net;
using Microsoft.Extensions.Options;

namespace TrustCheck.Http;

/// <summary>
/// Follows redirects itself (the primary handler's automatic redirects are off) so that every hop is checked: HTTPS
/// only (loopback HTTP allowed), a bounded number of hops, and the <c>Authorization</c> header dropped as soon as
/// the target is another origin, so credentials for a private index never reach a third party.
/// </summary>
internal sealed class RedirectHandler(IOptions<TrustCheckHttpOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var origin = request.RequestUri!;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            var location = response.Headers.Location;
            if (location is null)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            response.Dispose();
            if (hops >= options.Value.MaxRedirects)
            {
                throw new UnsafeRedirectException($"More than {options.Value.MaxRedirects} redirects from {UrlRedactor.Redact(origin)}.");
            }

            if (!RedirectPolicy.IsAllowedTarget(target))
            {
                throw new UnsafeRedirectException($"Refused a redirect from {UrlRedactor.Redact(request.RequestUri)} to {UrlRedactor.Redact(target)}: only HTTPS (or loopback HTTP) is followed.");
            }

            request = NextRequest(request, target, response.StatusCode);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static HttpRequestMessage NextRequest(HttpRequestMessage previous, Uri target, HttpStatusCode status)
    {
        var keepMethod = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
        var next = new HttpRequestMessage(keepMethod ? previous.Method : HttpMethod.Get, target)
        {
            Version = previous.Version,
            VersionPolicy = previous.VersionPolicy,
            Content = keepMethod ? previous.Content : null,
        };
        foreach (var header in previous.Headers)
        {
            next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in previous.Options)
        {
            ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        }

        if (!RedirectPolicy.IsSameOrigin(previous.RequestUri!, target))
        {
            next.Headers.Authorization = null;
        }

        return next;
    }
}

using System.ComponentModel.DataAnnotations;
using TrustCheck.Http;

namespace TrustCheck.Configuration;

/// <summary>
/// A service URL (or each URL of a list) must be absolute HTTPS; plain HTTP only to a loopback host. A rejected URL is
/// shown redacted (credentials never appear in a complaint).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class ServiceUrlAttribute : ValidationAttribute
{
    /// <summary>Whether a URL may be used for a service.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>True for absolute HTTPS, or HTTP to a loopback host.</returns>
    public static bool IsAllowed(Uri? url) =>
        url is not null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var member = validationContext.MemberName ?? validationContext.DisplayName;
        List<Uri?> urls = value switch
        {
            null => [],
            Uri url => [url],
            IEnumerable<Uri?> list => [.. list],
            _ => throw new InvalidOperationException($"[ServiceUrl] applies to Uri and lists of Uri, not {value.GetType()}."),
        };
        var index = urls.FindIndex(u => !IsAllowed(u));
        if (index < 0)
        {
            return ValidationResult.Success;
        }

        var bad = urls[index];
        return new ValidationResult(
            $"{member} must be an absolute https URL (http only for loopback), not '{(bad is null ? "null" : UrlRedactor.Redact(bad))}'.",
            validationContext.MemberName is { } name ? [name] : null);
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>Strong entity tags derived from a body's bytes, and <c>If-None-Match</c> evaluation.</summary>
internal static class EntityTags
{
    /// <summary>A strong, quoted tag: the first 16 bytes of the body's SHA-256, base64url (22 characters).</summary>
    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>
    /// True when an <c>If-None-Match</c> header matches <paramref name="etag"/>: <c>*</c>, or any listed tag equal
    /// to it under the weak comparison RFC 9110 prescribes for <c>If-None-Match</c>.
    /// </summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        // A recorded tag that is not a valid entity tag only ever matches '*'.
        var current = EntityTagHeaderValue.TryParse(etag, out var parsed) ? parsed : null;
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (current is not null && tag.Compare(current, useStrongComparison: false)));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TrustCheck.Sources;

/// <summary>Parses service answers; anything unusable becomes a <see cref="EvidenceErrorKind.Malformed"/> error naming the URL.</summary>
internal static class EvidenceJson
{
    public static T Parse<T>(byte[] body, JsonTypeInfo<T> type, string url, string what)
        where T : class
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            throw Malformed(url, what, "it is not UTF-8 text");
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw Malformed(url, what, "the document is null");
        }
        catch (JsonException error)
        {
            throw Malformed(url, what, error.Message, error);
        }
    }

    public static EvidenceSourceException Malformed(string url, string what, string reason, Exception? inner = null) =>
        new(EvidenceErrorKind.Malformed, url, $"The {what} at {url} is malformed: {reason}", inner);

    /// <summary>Parses an RFC 3339 time; null for absent, an error for present but unreadable.</summary>
    public static DateTimeOffset? Time(string? value, string url, string what) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time
        : throw Malformed(url, what, $"'{value}' is not a time");

    public static string Required(string? value, string url, string what, string field) =>
        string.IsNullOrEmpty(value) ? throw Malformed(url, what, $"'{field}' is missing") : value;
}

using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// Parses CVSS v3.0, v3.1 and v4.0 vector strings (<c>CVSS:3.1/AV:N/AC:L/…</c>). A vector is rejected when the
/// prefix is unknown, a part is not <c>METRIC:VALUE</c>, a metric is unknown, repeated or has a value its version
/// does not define, or a base metric is missing. Metric order is not enforced: real advisories do not always follow
/// the specifications' preferred order, and order does not change the score.
/// </summary>
internal static class CvssVectorParser
{
    /// <summary>Parses a vector.</summary>
    /// <param name="text">The vector string.</param>
    /// <param name="vector">The vector, when valid.</param>
    /// <param name="error">Why it is invalid, otherwise null.</param>
    /// <returns>Whether the vector is valid.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CvssVector? vector, [NotNullWhen(false)] out string? error)
    {
        vector = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the vector is empty";
            return false;
        }

        var parts = text.Trim().Split('/');
        (CvssVersion Version, CvssMetricDefinitions Definitions)? prefix = parts[0] switch
        {
            "CVSS:3.0" => (CvssVersion.Version30, CvssMetricDefinitions.Version3),
            "CVSS:3.1" => (CvssVersion.Version31, CvssMetricDefinitions.Version3),
            "CVSS:4.0" => (CvssVersion.Version40, CvssMetricDefinitions.Version4),
            _ => null,
        };
        if (prefix is not { } known)
        {
            error = $"'{parts[0]}' is not a CVSS:3.0, CVSS:3.1 or CVSS:4.0 prefix";
            return false;
        }

        var (version, definitions) = known;
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                error = $"'{part}' is not METRIC:VALUE";
                return false;
            }

            var (metric, value) = (part[..colon], part[(colon + 1)..]);
            if (!definitions.Allowed.TryGetValue(metric, out var allowed))
            {
                error = $"'{metric}' is not a CVSS {parts[0][5..]} metric";
                return false;
            }

            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                error = $"'{value}' is not a value of {metric}";
                return false;
            }

            if (!metrics.TryAdd(metric, value))
            {
                error = $"{metric} is given twice";
                return false;
            }
        }

        var missing = definitions.Mandatory.Where(m => !metrics.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            error = $"the base metric(s) {string.Join(", ", missing)} are missing";
            return false;
        }

        vector = new CvssVector(version, text.Trim(), metrics);
        error = null;
        return true;
    }
}

using System.Globalization;
using System.Text.Json;
using TrustCheck.Findings;
using TrustCheck.LocalFiles;
using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>
/// Reads a JSON policy file: a profile to start from (<c>extends</c>) and the rules it changes, suppressions
/// included. Unknown keys are errors (a typo must not silently weaken a gate). Documented in docs/policies.md.
/// </summary>
public static class PolicyFile
{
    /// <summary>Reads a policy file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The policy.</returns>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="PolicyFileException">The file cannot be used: missing, not a regular file, too large, or not a valid policy.</exception>
    public static async Task<RulesPolicy> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await LocalDocument.ReadAsync(path, DocumentLimits.SmallDocument, "policy file", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is LocalDocumentException or FileNotFoundException)
        {
            throw new PolicyFileException(error.Message, error);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses a policy file's content.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyFileException">The content cannot be used.</exception>
    public static RulesPolicy Parse(ReadOnlySpan<byte> json, string source)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new PolicyFileException($"The policy file '{source}' is not UTF-8 text.");
        }

        PolicyFileWire wire;
        try
        {
            wire = JsonSerializer.Deserialize(json, PolicyFileJsonContext.Default.PolicyFileWire) ?? throw new PolicyFileException($"The policy file '{source}' is empty.");
        }
        catch (JsonException error)
        {
            throw new PolicyFileException($"The policy file '{source}' is not valid: {error.Message}", error);
        }

        var baseName = wire.Extends ?? "default";
        if (!BuiltInPolicies.TryGet(baseName, out var rules))
        {
            throw new PolicyFileException($"The policy file '{source}' extends '{baseName}', which is not one of {string.Join(", ", BuiltInPolicies.Names)}.");
        }

        rules = rules with
        {
            FailOn = wire.FailOn is null ? rules.FailOn : wire.FailOn.Select(r => ParseRecommendation(r, source)).ToHashSet(),
            FailOnSeverity = wire.FailOnSeverity is null ? rules.FailOnSeverity : ParseSeverity(wire.FailOnSeverity, source),
            RequireVerifiedProvenance = wire.RequireVerifiedProvenance ?? rules.RequireVerifiedProvenance,
            FailOnVulnerabilities = wire.FailOnVulnerabilities ?? rules.FailOnVulnerabilities,
            RequireExpectedRepository = wire.RequireExpectedRepository ?? rules.RequireExpectedRepository,
            ExpectedRepository = wire.ExpectedRepository ?? rules.ExpectedRepository,
            AllowedPublisherOrganisations = wire.AllowedPublisherOrganisations ?? rules.AllowedPublisherOrganisations,
            Suppressions = (wire.Suppressions ?? []).Select((s, i) => ParseSuppression(s, i, source)).ToList(),
        };
        return new RulesPolicy(wire.Name ?? baseName, rules);
    }

    private static SuppressionRule ParseSuppression(SuppressionWire wire, int index, string source)
    {
        string Required(string? value, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw new PolicyFileException($"Suppression #{index + 1} in '{source}' has no '{field}' (every suppression needs code, owner and justification).") : value;

        DateTimeOffset? expires = null;
        if (wire.Expires is not null)
        {
            expires = DateTimeOffset.TryParse(wire.Expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? time
                : throw new PolicyFileException($"Suppression #{index + 1} in '{source}' has an unreadable expiry '{wire.Expires}' (use YYYY-MM-DD or RFC 3339).");
        }

        return new SuppressionRule
        {
            Code = Required(wire.Code, "code"),
            Package = wire.Package,
            Version = wire.Version,
            Match = wire.Match,
            Owner = Required(wire.Owner, "owner"),
            Justification = Required(wire.Justification, "justification"),
            Expires = expires,
        };
    }

    private static Recommendation ParseRecommendation(string value, string source) =>
        RecommendationNames.TryParse(value, out var recommendation)
            ? recommendation
            : throw new PolicyFileException($"'{value}' in '{source}' is not a recommendation (verified, metadata-only, review-required, high-risk).");

    private static Severity ParseSeverity(string value, string source) =>
        Enum.TryParse<Severity>(value, ignoreCase: true, out var severity) && !int.TryParse(value, out _)
            ? severity
            : throw new PolicyFileException($"'{value}' in '{source}' is not a severity (info, low, medium, high, critical).");
}

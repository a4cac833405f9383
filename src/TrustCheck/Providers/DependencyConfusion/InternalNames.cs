using TrustCheck.Packaging;

namespace TrustCheck.Providers.DependencyConfusion;

/// <summary>
/// The user's internal names (<c>--internal-package</c>): exact names, or <c>prefix-*</c> globs, compared after PEP 503
/// normalisation (<c>Acme_Utils</c> is <c>acme-utils</c>; <c>acme_*</c> covers <c>acme-billing</c>).
/// </summary>
internal static class InternalNames
{
    /// <summary>The pattern that declares the name internal, or null.</summary>
    public static string? Match(PackageName name, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            var glob = pattern.EndsWith('*');
            var stem = glob ? pattern[..^1] : pattern;
            var normalized = Normalize(stem, glob);
            if (glob ? name.Normalized.StartsWith(normalized, StringComparison.Ordinal) : name.Normalized == normalized)
            {
                return pattern;
            }
        }

        return null;
    }

    // A glob's stem may end with a separator ("acme-*"), which PEP 503 keeps as "-".
    private static string Normalize(string stem, bool glob)
    {
        var trailing = glob && stem.Length > 0 && stem[^1] is '-' or '_' or '.';
        var core = trailing ? stem[..^1] : stem;
        var normalized = PackageName.TryParse(core, out var parsed) ? parsed.Normalized : core.ToLowerInvariant();
        return trailing ? normalized + "-" : normalized;
    }
}

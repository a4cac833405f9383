using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// Version specifiers as pip 23.2 applies them (its vendored <c>packaging</c> 21.3), which differs from today's PEP 440
/// reading in one way that changes resolutions: a non-empty specifier admits pre-releases only when one of its clauses
/// names a pre-release (<c>&gt;=2.0rc1</c>), even if no final release matches; an empty one falls back to
/// pre-releases when there is no final release.
/// </summary>
internal static class PipSpecifiers
{
    /// <summary>Whether the version satisfies every clause, pre-releases allowed (how pip checks a pinned candidate).</summary>
    public static bool Contains(VersionSpecifierSet specifier, PythonVersion version)
    {
        foreach (var clause in specifier.Specifiers)
        {
            if (!clause.Contains(version, prereleases: true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The items whose version the specifier selects, in their order.</summary>
    public static List<T> Filter<T>(VersionSpecifierSet specifier, IEnumerable<T> items, Func<T, PythonVersion> version)
    {
        if (specifier.IsEmpty)
        {
            var all = items.ToList();
            var finals = all.FindAll(item => !version(item).IsPrerelease);
            return finals.Count > 0 ? finals : all;
        }

        var allowPrereleases = specifier.Specifiers.Any(NamesAPrerelease);
        return [.. items.Where(item => (allowPrereleases || !version(item).IsPrerelease) && Contains(specifier, version(item)))];
    }

    /// <summary>Whether the clause names a pre-release with an operator that can select one (packaging 21.3's rule).</summary>
    public static bool NamesAPrerelease(VersionSpecifier clause)
    {
        if (clause.Operator is not (SpecifierOperator.Equal or SpecifierOperator.GreaterThanOrEqual or SpecifierOperator.LessThanOrEqual or SpecifierOperator.Compatible or SpecifierOperator.ArbitraryEqual))
        {
            return false;
        }

        var text = clause.Operator == SpecifierOperator.Equal && clause.Version.EndsWith(".*", StringComparison.Ordinal) ? clause.Version[..^2] : clause.Version;
        return PythonVersion.TryParse(text, out var parsed) && parsed.IsPrerelease;
    }

    /// <summary>Whether the specifier pins one version (<c>==V</c> without a wildcard, or <c>===</c>): yanked releases may then be chosen.</summary>
    public static bool IsPinned(VersionSpecifierSet specifier) =>
        specifier.Specifiers.Any(s => s.Operator == SpecifierOperator.ArbitraryEqual || (s.Operator == SpecifierOperator.Equal && !s.Version.EndsWith(".*", StringComparison.Ordinal)));
}

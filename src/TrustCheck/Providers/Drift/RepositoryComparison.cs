using TrustCheck.Evidence.Release;
using TrustCheck.Providers.TrustedPublishers;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// Compares two publishers' repositories the way drift needs: by the forge's immutable repository and owner ids when
/// both certificates carry them (names can be renamed or resurrected), by normalised name otherwise.
/// </summary>
internal static class RepositoryComparison
{
    /// <summary>How <paramref name="current"/>'s repository relates to <paramref name="previous"/>'s.</summary>
    /// <param name="previous">The earlier publisher.</param>
    /// <param name="current">This release's publisher.</param>
    /// <returns>The relation.</returns>
    public static RepositoryChange Compare(PublisherIdentity previous, PublisherIdentity current)
    {
        if (!string.Equals(previous.Kind.Trim(), current.Kind.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return RepositoryChange.Different;
        }

        var sameName = string.Equals(PublisherKeys.SourceName(previous), PublisherKeys.SourceName(current), StringComparison.Ordinal);
        if (!HasValue(previous.SourceRepositoryId) || !HasValue(current.SourceRepositoryId))
        {
            return sameName ? RepositoryChange.Same : RepositoryChange.Different;
        }

        if (!SameValue(previous.SourceRepositoryId, current.SourceRepositoryId))
        {
            return sameName ? RepositoryChange.Replaced : RepositoryChange.Different;
        }

        if (HasValue(previous.SourceRepositoryOwnerId) && HasValue(current.SourceRepositoryOwnerId)
            && !SameValue(previous.SourceRepositoryOwnerId, current.SourceRepositoryOwnerId))
        {
            return RepositoryChange.Transferred;
        }

        return sameName ? RepositoryChange.Same : RepositoryChange.Renamed;
    }

    private static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool SameValue(string? left, string? right) => string.Equals(left?.Trim(), right?.Trim(), StringComparison.Ordinal);
}

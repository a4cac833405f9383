using TrustCheck.Evidence.PyPi;

namespace TrustCheck.Providers.Drift;

/// <summary>What changed between two ownership snapshots: roles added and removed, and the organization.</summary>
/// <param name="Added">Roles present now but not before.</param>
/// <param name="Removed">Roles present before but not now.</param>
/// <param name="OrganizationChanged">Whether the organization differs.</param>
internal sealed record OwnershipDifference(IReadOnlyList<PyPiRole> Added, IReadOnlyList<PyPiRole> Removed, bool OrganizationChanged)
{
    private static readonly RoleComparer Roles = new();

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && !OrganizationChanged;

    /// <summary>Compares two snapshots; user names, roles and organization slugs compare case-insensitively, as PyPI's do.</summary>
    /// <param name="previous">The earlier snapshot.</param>
    /// <param name="current">The current snapshot.</param>
    /// <returns>The difference.</returns>
    public static OwnershipDifference Between(OwnershipSnapshot previous, OwnershipSnapshot current) => new(
        current.Roles.Except(previous.Roles, Roles).ToList(),
        previous.Roles.Except(current.Roles, Roles).ToList(),
        !string.Equals(previous.Organization ?? string.Empty, current.Organization ?? string.Empty, StringComparison.OrdinalIgnoreCase));

    /// <summary>Formats roles for messages and evidence: <c>Owner theacodes, Maintainer pypa-bot</c>.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns>The text, <c>none</c> when there are no roles.</returns>
    public static string Format(IEnumerable<PyPiRole> roles)
    {
        var text = string.Join(", ", roles.Select(r => $"{r.Role} {r.User}"));
        return text.Length == 0 ? "none" : text;
    }

    private sealed class RoleComparer : IEqualityComparer<PyPiRole>
    {
        public bool Equals(PyPiRole? x, PyPiRole? y) =>
            x is not null && y is not null
            && string.Equals(x.Role, y.Role, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.User, y.User, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(PyPiRole obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Role), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.User));
    }
}

namespace TrustCheck.Evidence.PyPi;

/// <summary>The JSON API's <c>ownership</c>: the only API signal for maintainer changes.</summary>
public sealed record PyPiOwnership
{
    /// <summary>The collaborators, owners first, alphabetical within a role.</summary>
    public IReadOnlyList<PyPiRole> Roles { get; init; } = [];

    /// <summary>The owning organization's slug, when there is one.</summary>
    public string? Organization { get; init; }
}

namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>An OSV affected range.</summary>
public sealed record OsvRange
{
    /// <summary><c>ECOSYSTEM</c> (PEP 440 order for PyPI), <c>SEMVER</c> or <c>GIT</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The repository, for <c>GIT</c> ranges.</summary>
    public string? Repo { get; init; }

    /// <summary>The events, in order.</summary>
    public IReadOnlyList<OsvEvent> Events { get; init; } = [];
}

namespace TrustCheck.Findings;

/// <summary>One observation about a release, with a stable code tools can branch on.</summary>
public sealed record Finding
{
    /// <summary>The stable code (<c>TC</c> + four digits), documented in docs/findings.md.</summary>
    public required string Code { get; init; }

    /// <summary>How much it matters.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What was observed, for a person.</summary>
    public required string Message { get; init; }

    /// <summary>The facts behind it (file, advisory id, repository, …), for tools and reviewers.</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = new Dictionary<string, string>();

    /// <summary>What to do about it, when there is something to do.</summary>
    public string? Remediation { get; init; }
}

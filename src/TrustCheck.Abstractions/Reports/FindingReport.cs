namespace TrustCheck.Reports;

/// <summary>A finding, as reported.</summary>
public sealed record FindingReport
{
    /// <summary>The stable code.</summary>
    public required string Code { get; init; }

    /// <summary><c>info</c>, <c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The message.</summary>
    public required string Message { get; init; }

    /// <summary>The facts behind it.</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = new Dictionary<string, string>();

    /// <summary>What to do about it.</summary>
    public string? Remediation { get; init; }

    /// <summary>The provider that found it.</summary>
    public required string Provider { get; init; }

    /// <summary>The suppression that silences it, when one applies.</summary>
    public SuppressionReport? Suppressed { get; init; }
}

namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>One event of an OSV range: exactly one of the properties is set.</summary>
public sealed record OsvEvent
{
    /// <summary>The version that introduced the flaw (<c>0</c>: from the beginning).</summary>
    public string? Introduced { get; init; }

    /// <summary>The first version that no longer has it.</summary>
    public string? Fixed { get; init; }

    /// <summary>The last version that has it.</summary>
    public string? LastAffected { get; init; }

    /// <summary>An upper limit of the range.</summary>
    public string? Limit { get; init; }
}

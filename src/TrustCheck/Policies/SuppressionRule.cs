namespace TrustCheck.Policies;

/// <summary>Silences a finding for a package, with an owner, a justification and (optionally) an expiry.</summary>
public sealed record SuppressionRule
{
    /// <summary>The finding code (<c>TC6001</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The package (normalized name); null: every package.</summary>
    public string? Package { get; init; }

    /// <summary>The version; null: every version.</summary>
    public string? Version { get; init; }

    /// <summary>An evidence value the finding must carry (an advisory id, a file name); null: any.</summary>
    public string? Match { get; init; }

    /// <summary>Who owns the decision.</summary>
    public required string Owner { get; init; }

    /// <summary>Why it is acceptable.</summary>
    public required string Justification { get; init; }

    /// <summary>When it stops applying; null: never (discouraged).</summary>
    public DateTimeOffset? Expires { get; init; }
}

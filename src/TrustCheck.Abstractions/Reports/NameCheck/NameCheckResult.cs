namespace TrustCheck.Reports.NameCheck;

/// <summary>One checked name.</summary>
public sealed record NameCheckResult
{
    /// <summary>The name as given.</summary>
    public required string Name { get; init; }

    /// <summary>The name normalised per PEP 503.</summary>
    public required string Normalized { get; init; }

    /// <summary>Whether the name imitates a known one.</summary>
    public required bool Flagged { get; init; }

    /// <summary>The imitated name (PEP 503 normalised), or null.</summary>
    public string? Target { get; init; }

    /// <summary>How it imitates it (<c>transposition</c>, <c>omission</c>, <c>homoglyph</c>, <c>affix</c>, …), or null.</summary>
    public string? Technique { get; init; }

    /// <summary>The single edits for a combination, joined by <c>+</c>; the technique otherwise; null when not flagged.</summary>
    public string? Edits { get; init; }

    /// <summary>The edit distance between the names without separators; null when not flagged.</summary>
    public int? Distance { get; init; }

    /// <summary>Why the target is known: <c>popular</c>, <c>trusted</c> or <c>impersonated</c>; null when not flagged.</summary>
    public string? TargetSource { get; init; }

    /// <summary>The target's rank in the corpus (1 = most downloaded), when it is a popular project.</summary>
    public int? TargetRank { get; init; }

    /// <summary>The target's downloads in the corpus window, when it is a popular project.</summary>
    public long? TargetDownloads { get; init; }

    /// <summary>The checked name's own downloads when it is itself in the corpus.</summary>
    public long? NameDownloads { get; init; }
}

namespace TrustCheck.Typosquatting;

/// <summary>A name that imitates a popular (or trusted) one.</summary>
public sealed record TyposquatMatch
{
    /// <summary>The checked name, PEP 503 normalised.</summary>
    public required string Name { get; init; }

    /// <summary>The imitated name, PEP 503 normalised.</summary>
    public required string Target { get; init; }

    /// <summary>How it imitates it.</summary>
    public required TyposquatTechnique Technique { get; init; }

    /// <summary>The single edits, for <see cref="TyposquatTechnique.Combination"/> (e.g. omission and transposition); else the technique alone.</summary>
    public required IReadOnlyList<TyposquatTechnique> Edits { get; init; }

    /// <summary>The Damerau-Levenshtein distance between the names without separators (0 for separator, look-alike, reorder games).</summary>
    public required int Distance { get; init; }

    /// <summary>The target's downloads in the corpus window (0 for a user-trusted or built-in name).</summary>
    public required long TargetDownloads { get; init; }

    /// <summary>The target's rank in the corpus (1 = most downloaded); null for a user-trusted or built-in name.</summary>
    public int? TargetRank { get; init; }

    /// <summary>The checked name's own downloads when it is itself in the corpus, else null.</summary>
    public long? NameDownloads { get; init; }

    /// <summary>Why the target is known: <c>popular</c>, <c>trusted</c> (the user's) or <c>impersonated</c> (built in).</summary>
    public required string TargetSource { get; init; }
}

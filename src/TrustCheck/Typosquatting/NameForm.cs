namespace TrustCheck.Typosquatting;

/// <summary>A form of a name that a typosquatting technique leaves unchanged (see <see cref="NameForms"/>).</summary>
internal enum NameForm
{
    /// <summary>Without separators.</summary>
    Squashed,

    /// <summary>Squashed, with look-alike characters folded.</summary>
    Skeleton,

    /// <summary>The words in sorted order.</summary>
    Words,

    /// <summary>Squashed, common affixes taken off.</summary>
    Core,
}

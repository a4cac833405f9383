namespace TrustCheck.Packaging;

/// <summary>The kind of a distribution file.</summary>
public enum DistributionKind
{
    /// <summary>A built wheel (<c>.whl</c>, PEP 427).</summary>
    Wheel,

    /// <summary>A source distribution (<c>.tar.gz</c> per PEP 625, or legacy <c>.zip</c>).</summary>
    SourceDistribution,
}

namespace TrustCheck.Artifacts.Assessment;

/// <summary>How something found relates to the previous release.</summary>
public enum Novelty
{
    /// <summary>There is no previous release to compare with.</summary>
    NoBaseline,

    /// <summary>The previous release did not have it.</summary>
    New,

    /// <summary>The previous release had it too: context, not an alarm.</summary>
    Unchanged,

    /// <summary>The previous release had it with other content (another binary, other executed lines, another target): weighed as new.</summary>
    Changed,
}

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>How a backtracking resolution ended.</summary>
internal enum ResolutionOutcomeKind
{
    /// <summary>Every requirement is satisfied by a pin.</summary>
    Resolved,

    /// <summary>No combination of versions satisfies everything; the causes say which requirements clash.</summary>
    Impossible,

    /// <summary>The step limit was reached before an answer.</summary>
    TooDeep,
}

/// <summary>The end of a resolution: the final state, and for an impossible one the requirements that clash.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="State">The last state.</param>
/// <param name="Causes">The clashing requirements (empty when resolved).</param>
/// <param name="Rounds">The rounds (pins and backtracks) used.</param>
internal sealed record ResolutionOutcome(ResolutionOutcomeKind Kind, ResolutionState State, IReadOnlyList<RequirementInformation> Causes, int Rounds);

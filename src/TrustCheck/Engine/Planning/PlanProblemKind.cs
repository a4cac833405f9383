namespace TrustCheck.Engine.Planning;

/// <summary>What kind of resolution problem a <see cref="PlanProblem"/> is; each becomes its own finding code.</summary>
internal enum PlanProblemKind
{
    /// <summary>One requirement could not be followed (unknown project, invalid requirement, marker not evaluable): TC9004.</summary>
    UnresolvedRequirement,

    /// <summary>No set of versions satisfies every requirement reachable from the root: TC9005.</summary>
    NoSolution,

    /// <summary>The search used its whole step budget without an answer: TC9006.</summary>
    TooDeep,
}

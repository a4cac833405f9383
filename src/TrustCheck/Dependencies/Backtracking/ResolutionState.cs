namespace TrustCheck.Dependencies.Backtracking;

/// <summary>One round's state: the pins (in pinning order: backtracking undoes the last), the criteria, why the last backtrack happened.</summary>
/// <param name="Mapping">The pinned candidates by identifier.</param>
/// <param name="Criteria">The criteria by identifier, in the order they were first seen.</param>
/// <param name="BacktrackCauses">The requirements that caused the last backtrack.</param>
internal sealed record ResolutionState(OrderedMap<Candidate> Mapping, OrderedMap<Criterion> Criteria, List<RequirementInformation> BacktrackCauses)
{
    public ResolutionState Copy() => new(Mapping.Copy(), Criteria.Copy(), [.. BacktrackCauses]);
}

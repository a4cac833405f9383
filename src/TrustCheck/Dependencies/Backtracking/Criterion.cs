namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// What is known about one identifier: the requirements on it (with who declared them), the candidates that satisfy
/// them all, best first, and the candidates known not to work. Immutable: every change makes a new criterion.
/// </summary>
/// <param name="Candidates">The candidates left, best first.</param>
/// <param name="Information">The requirements and their parents.</param>
/// <param name="Incompatibilities">The candidates ruled out by backtracking.</param>
internal sealed record Criterion(IReadOnlyList<Candidate> Candidates, IReadOnlyList<RequirementInformation> Information, IReadOnlyList<Candidate> Incompatibilities)
{
    public IEnumerable<ResolverRequirement> Requirements => Information.Select(i => i.Requirement);
}

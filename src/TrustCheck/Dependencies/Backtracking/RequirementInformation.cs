namespace TrustCheck.Dependencies.Backtracking;

/// <summary>A requirement and the candidate that declared it (null for what was asked for).</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Parent">Who declared it.</param>
internal sealed record RequirementInformation(ResolverRequirement Requirement, Candidate? Parent);

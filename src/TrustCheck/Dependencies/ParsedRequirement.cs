namespace TrustCheck.Dependencies;

/// <summary>A <c>requires_dist</c> string parsed once: the requirement, or why it is invalid.</summary>
/// <param name="Requirement">The requirement, when valid.</param>
/// <param name="Error">The parser's message, when invalid.</param>
internal sealed record ParsedRequirement(Packaging.Requirement? Requirement, string? Error);

namespace TrustCheck.Dependencies;

/// <summary>A requirement on a project, as one release declares it.</summary>
/// <param name="From">The declaring release.</param>
/// <param name="Requirement">The requirement string as declared in <c>requires_dist</c>.</param>
internal sealed record DependencyConstraint(DependencyOrigin From, string Requirement)
{
    /// <summary><c>name==version: requirement</c>.</summary>
    public override string ToString() => $"{From}: {Requirement}";
}

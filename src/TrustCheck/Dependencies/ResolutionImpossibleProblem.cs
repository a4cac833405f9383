using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// No combination of versions satisfies every requirement reachable from a root, after backtracking through every
/// alternative: the causes are the requirements that clash, each with who declared it, as pip explains a
/// ResolutionImpossible.
/// </summary>
/// <param name="Name">The root.</param>
/// <param name="Version">The root's requested version, or null.</param>
/// <param name="Causes">The clashing requirements: who declared them (null for the request itself) and what they require.</param>
internal sealed record ResolutionImpossibleProblem(PackageName Name, string? Version, IReadOnlyList<ConflictCause> Causes) : DependencyProblem(Name)
{
    public override string Message =>
        $"No set of versions satisfies every requirement of {Name}{(Version is null ? string.Empty : "==" + Version)}; the conflict is caused by: {string.Join("; ", Causes)}.";

    internal override string SortKey => "0 " + Version;
}

/// <summary>One requirement in a conflict: who declared it and what it requires.</summary>
/// <param name="From">The declaring release, or null for what was asked for.</param>
/// <param name="Requirement">The requirement as declared.</param>
internal sealed record ConflictCause(DependencyOrigin? From, string Requirement)
{
    public override string ToString() => From is null ? $"the request requires {Requirement}" : $"{From.Name} {From.Version} depends on {Requirement}";
}

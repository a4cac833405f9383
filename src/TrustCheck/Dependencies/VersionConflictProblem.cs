using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// Requirements on one project that can each be met but were not all met by the version in the graph: no version
/// satisfies them together (or the resolver, which does not backtrack, did not find it).
/// </summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version in the graph.</param>
/// <param name="Satisfied">The requirements that version meets.</param>
/// <param name="Unsatisfied">The requirements it does not meet.</param>
internal sealed record VersionConflictProblem(PackageName Name, string Version, IReadOnlyList<DependencyConstraint> Satisfied, IReadOnlyList<DependencyConstraint> Unsatisfied)
    : DependencyProblem(Name)
{
    /// <inheritdoc />
    public override string Message =>
        $"Conflicting requirements on '{Name}': {Version} was chosen, which does not satisfy {string.Join("; ", Unsatisfied)}.";

    /// <inheritdoc />
    internal override string SortKey => "5 " + Version;
}

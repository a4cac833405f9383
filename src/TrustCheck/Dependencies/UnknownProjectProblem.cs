using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>The index does not know a project (its project JSON answered 404).</summary>
/// <param name="Name">The project.</param>
/// <param name="RequiredBy">The requirements that name it; empty when the project was a root.</param>
internal sealed record UnknownProjectProblem(PackageName Name, IReadOnlyList<DependencyConstraint> RequiredBy) : DependencyProblem(Name)
{
    /// <summary>Whether the project was asked for rather than required by a release.</summary>
    public bool IsRoot => RequiredBy.Count == 0;

    /// <inheritdoc />
    public override string Message => IsRoot
        ? $"The index does not know the project '{Name}'."
        : $"The index does not know the project '{Name}', required by {string.Join("; ", RequiredBy)}.";

    /// <inheritdoc />
    internal override string SortKey => "1";
}

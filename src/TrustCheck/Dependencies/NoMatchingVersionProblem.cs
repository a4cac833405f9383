using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>No usable release of a project satisfies a requirement on it, on its own.</summary>
/// <param name="Name">The required project.</param>
/// <param name="Constraint">The requirement and who declares it.</param>
/// <param name="Reason">Which filter left nothing.</param>
internal sealed record NoMatchingVersionProblem(PackageName Name, DependencyConstraint Constraint, NoMatchReason Reason) : DependencyProblem(Name)
{
    /// <inheritdoc />
    public override string Message => Reason switch
    {
        NoMatchReason.NoReleases => $"'{Name}' has no installable release ({Constraint}).",
        NoMatchReason.NoFiles => $"The releases of '{Name}' that satisfy the requirement have no files ({Constraint}).",
        NoMatchReason.OnlyYanked => $"Only yanked releases of '{Name}' satisfy the requirement ({Constraint}).",
        NoMatchReason.RequiresPython => $"The releases of '{Name}' that satisfy the requirement do not support the target Python ({Constraint}).",
        _ => $"No release of '{Name}' satisfies the requirement ({Constraint}).",
    };

    /// <inheritdoc />
    internal override string SortKey => "4 " + Constraint;
}

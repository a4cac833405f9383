namespace TrustCheck.Dependencies.Backtracking;

/// <summary>Adding a requirement left an identifier without candidates (internal control flow of <see cref="Resolution"/>).</summary>
internal sealed class RequirementsConflictedException(Criterion criterion) : Exception("The requirements on one project cannot all be met.")
{
    public Criterion Criterion { get; } = criterion;
}

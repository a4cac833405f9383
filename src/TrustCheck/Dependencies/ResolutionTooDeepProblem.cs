using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>The search for a set of versions used its whole step budget without an answer (a pathological graph).</summary>
/// <param name="Name">The root.</param>
/// <param name="Rounds">The rounds used.</param>
internal sealed record ResolutionTooDeepProblem(PackageName Name, int Rounds) : DependencyProblem(Name)
{
    public override string Message => $"Resolution too deep: no answer for {Name} after {Rounds} rounds of pinning and backtracking.";

    internal override string SortKey => "0";
}

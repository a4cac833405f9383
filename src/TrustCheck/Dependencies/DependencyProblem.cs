using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// Something a resolution could not resolve. Problems are data, never exceptions: the graph holds whatever did resolve.
/// </summary>
/// <param name="Name">The project the problem is about: the required project, or for an unresolvable requirement the
/// project declaring it.</param>
internal abstract record DependencyProblem(PackageName Name)
{
    /// <summary>What went wrong, for a person.</summary>
    public abstract string Message { get; }

    /// <summary>Orders problems of one project (kinds in a fixed order, then by their details).</summary>
    internal abstract string SortKey { get; }
}

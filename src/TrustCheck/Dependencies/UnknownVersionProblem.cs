using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A root was asked for at a version the index does not have (the project exists).</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version asked for.</param>
internal sealed record UnknownVersionProblem(PackageName Name, string Version) : DependencyProblem(Name)
{
    /// <inheritdoc />
    public override string Message => $"The index has no release {Version} of '{Name}'.";

    /// <inheritdoc />
    internal override string SortKey => "2 " + Version;
}

namespace TrustCheck.TestKit.Resolution;

/// <summary>A generated project and its releases, oldest first.</summary>
/// <param name="Name">The project name, already PEP 503 normalized (<c>pkg-a</c>).</param>
/// <param name="Releases">The releases, in increasing version order.</param>
public sealed record GeneratedProject(string Name, IReadOnlyList<GeneratedRelease> Releases);

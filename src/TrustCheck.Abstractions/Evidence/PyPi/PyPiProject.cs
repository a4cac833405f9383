namespace TrustCheck.Evidence.PyPi;

/// <summary>
/// PyPI's JSON API answer for a project (<c>/pypi/{name}/json</c>): the latest release, plus every release's files.
/// </summary>
public sealed record PyPiProject : PyPiRelease
{
    /// <summary>Every release's files by version string, as published (an empty list for a release without files).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PyPiFile>> Releases { get; init; } = new Dictionary<string, IReadOnlyList<PyPiFile>>();
}

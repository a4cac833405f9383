using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// Something the resolver can pin for an identifier: a release of a project, the same release with extras (its own
/// identifier, <c>name[extra]</c>, depending on the plain release), or the target interpreter (for Requires-Python).
/// Equal candidates are the same choice.
/// </summary>
internal abstract record Candidate(string Identifier, PythonVersion Version)
{
    /// <summary>For a person: <c>name 1.0</c>.</summary>
    public sealed override string ToString() => Identifier == Identifiers.Python ? "Python " + Version : $"{Identifier} {Version}";
}

/// <summary>A release of a project: the file an installer would take for the target, with its metadata.</summary>
/// <param name="Release">The release as the index lists it.</param>
internal sealed record BaseCandidate(IndexRelease Release) : Candidate(Release.Name.Normalized, Release.Version)
{
    /// <summary>The project.</summary>
    public PackageName Name => Release.Name;

    /// <inheritdoc />
    public bool Equals(BaseCandidate? other) => other is not null && Name == other.Name && string.Equals(Release.VersionText, other.Release.VersionText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Release.VersionText);

}

/// <summary>A release asked for with extras: it brings the extras' requirements and pins the plain release to the same version.</summary>
/// <param name="Base">The plain release.</param>
/// <param name="Extras">The extras asked for, sorted.</param>
internal sealed record ExtrasCandidate(BaseCandidate Base, IReadOnlyList<string> Extras) : Candidate(Identifiers.Of(Base.Name, Extras), Base.Version)
{
    /// <inheritdoc />
    public bool Equals(ExtrasCandidate? other) => other is not null && Base.Equals(other.Base) && Extras.SequenceEqual(other.Extras, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Base, string.Join(',', Extras));

}

/// <summary>The target interpreter, which Requires-Python requirements are checked against.</summary>
/// <param name="Python">Its full version.</param>
internal sealed record PythonCandidate(PythonVersion Python) : Candidate(Identifiers.Python, Python);

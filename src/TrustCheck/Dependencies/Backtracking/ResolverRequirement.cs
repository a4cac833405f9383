using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>A requirement on an identifier, as the resolver accumulates them.</summary>
internal abstract record ResolverRequirement(string Identifier)
{
    /// <summary>Whether a candidate for the identifier satisfies it.</summary>
    public abstract bool IsSatisfiedBy(Candidate candidate);

    /// <summary>The one candidate it names (explicit requirements, a satisfied Requires-Python), or null.</summary>
    public virtual Candidate? ExplicitCandidate => null;

    /// <summary>For a person and for conflict explanations.</summary>
    public abstract string Display { get; }
}

/// <summary>A PEP 508 requirement: a project (with extras) and a version specifier.</summary>
/// <param name="Name">The project.</param>
/// <param name="Extras">The extras asked for, sorted.</param>
/// <param name="Specifier">The version specifier.</param>
/// <param name="Text">The requirement as declared.</param>
internal sealed record SpecifierRequirement(PackageName Name, IReadOnlyList<string> Extras, VersionSpecifierSet Specifier, string Text)
    : ResolverRequirement(Identifiers.Of(Name, Extras))
{
    /// <inheritdoc />
    public override bool IsSatisfiedBy(Candidate candidate) =>
        candidate.Identifier == Identifier && PipSpecifiers.Contains(Specifier, candidate.Version);

    /// <inheritdoc />
    public override string Display => Text;
}

/// <summary>What an extras candidate requires of its plain release: exactly that candidate.</summary>
/// <param name="Candidate">The plain release.</param>
internal sealed record ExplicitRequirement(BaseCandidate Candidate) : ResolverRequirement(Candidate.Identifier)
{
    /// <inheritdoc />
    public override bool IsSatisfiedBy(Candidate candidate) => candidate is BaseCandidate b && b.Equals(Candidate);

    /// <inheritdoc />
    public override Candidate? ExplicitCandidate => Candidate;

    /// <inheritdoc />
    public override string Display => $"{Candidate.Name}=={Candidate.Release.VersionText}";
}

/// <summary>A release's Requires-Python, checked against the target interpreter.</summary>
/// <param name="Specifier">The specifier.</param>
/// <param name="Python">The target interpreter.</param>
internal sealed record RequiresPythonRequirement(VersionSpecifierSet Specifier, PythonCandidate Python) : ResolverRequirement(Identifiers.Python)
{
    /// <inheritdoc />
    public override bool IsSatisfiedBy(Candidate candidate) => candidate is PythonCandidate && PipSpecifiers.Contains(Specifier, candidate.Version);

    /// <inheritdoc />
    public override Candidate? ExplicitCandidate => PipSpecifiers.Contains(Specifier, Python.Version) ? Python : null;

    /// <inheritdoc />
    public override string Display => "Python" + Specifier;
}

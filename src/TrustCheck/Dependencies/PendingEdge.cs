using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>An applicable requirement found in one pass, before the target's version is final.</summary>
/// <param name="From">The declaring node (resolved).</param>
/// <param name="Requirement">The requirement as declared.</param>
/// <param name="Parsed">The requirement, parsed.</param>
/// <param name="Extras">The extras it asks of the target, normalized and sorted.</param>
internal sealed record PendingEdge(PassNode From, string Requirement, Requirement Parsed, IReadOnlyList<string> Extras)
{
    /// <summary>The required project.</summary>
    public PackageName To => Parsed.PackageName;

    /// <summary>The requirement with its declaring release.</summary>
    public DependencyConstraint Constraint => new(From.Origin, Requirement);

    /// <summary>Whether a version satisfies the requirement's specifier.</summary>
    /// <param name="version">The version.</param>
    public bool IsSatisfiedBy(string version) => Parsed.Url is null && Parsed.Specifier.Contains(version);
}

namespace TrustCheck.Dependencies;

/// <summary>A requirement in a release's <c>requires_dist</c> could not be followed.</summary>
/// <param name="From">The declaring release (its name is <see cref="DependencyProblem.Name"/>).</param>
/// <param name="Requirement">The requirement as declared.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">The parser's or evaluator's message, or what the URL is.</param>
internal sealed record UnresolvableRequirementProblem(DependencyOrigin From, string Requirement, UnresolvableReason Reason, string Detail)
    : DependencyProblem(From.Name)
{
    /// <inheritdoc />
    public override string Message => Reason switch
    {
        UnresolvableReason.DirectReference => $"{From} requires '{Requirement}', a direct URL reference that the index cannot resolve.",
        UnresolvableReason.MarkerNotEvaluable => $"{From} requires '{Requirement}', whose marker cannot be evaluated: {Detail}",
        _ => $"{From} declares an invalid requirement '{Requirement}': {Detail}",
    };

    /// <inheritdoc />
    internal override string SortKey => "3 " + From.Version + " " + Requirement;
}

using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// Parses <c>requires_dist</c> strings (once each) and decides which apply in the target environment for a set of
/// requested extras. Not thread-safe: used between fetches, never during them.
/// </summary>
internal sealed class RequirementEvaluator(MarkerEnvironment environment)
{
    private readonly Dictionary<string, ParsedRequirement> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MarkerEnvironment> _withExtra = new(StringComparer.Ordinal);

    /// <summary>Parses a requirement (PEP 508, and the legacy <c>name (specifier)</c> form).</summary>
    /// <param name="text">The requirement as declared.</param>
    public ParsedRequirement Parse(string text)
    {
        if (!_parsed.TryGetValue(text, out var parsed))
        {
            try
            {
                parsed = new ParsedRequirement(Requirement.Parse(text), null);
            }
            catch (DependencySyntaxException error)
            {
                parsed = new ParsedRequirement(null, error.Message);
            }

            _parsed[text] = parsed;
        }

        return parsed;
    }

    /// <summary>
    /// Whether a requirement applies: no marker; or its marker holds with <c>extra</c> empty, or with <c>extra</c> set
    /// to one of <paramref name="extras"/> (so <c>extra == "x"</c> holds only when x was requested).
    /// </summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="extras">The extras requested of the declaring release, normalized.</param>
    /// <exception cref="MarkerEvaluationException">The marker cannot be evaluated in the target environment.</exception>
    public bool Applies(Requirement requirement, IEnumerable<string> extras)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(extras);
        var marker = requirement.Marker;
        return marker is null || marker.Evaluate(environment) || extras.Any(extra => marker.Evaluate(WithExtra(extra)));
    }

    private MarkerEnvironment WithExtra(string extra)
    {
        if (!_withExtra.TryGetValue(extra, out var withExtra))
        {
            withExtra = environment.With("extra", extra);
            _withExtra[extra] = withExtra;
        }

        return withExtra;
    }
}

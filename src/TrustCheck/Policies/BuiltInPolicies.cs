using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>The built-in profiles.</summary>
public static class BuiltInPolicies
{
    /// <summary>Fails only on high-risk packages.</summary>
    public static PolicyRules Default { get; } = new();

    /// <summary>Fails on anything not verified and on any unsuppressed vulnerability.</summary>
    public static PolicyRules Strict { get; } = new()
    {
        FailOn = new HashSet<Recommendation> { Recommendation.HighRisk, Recommendation.ReviewRequired, Recommendation.MetadataOnly },
        FailOnVulnerabilities = true,
    };

    /// <summary><see cref="Strict"/> plus a proven <c>--expected-repo</c> for the requested packages.</summary>
    public static PolicyRules ReleaseGate { get; } = Strict with { RequireExpectedRepository = true };

    /// <summary>The profile names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["default", "strict", "release-gate"];

    /// <summary>Gets a profile by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="rules">The profile's rules.</param>
    /// <returns>Whether the name is a built-in profile.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyRules? rules)
    {
        rules = name switch
        {
            "default" => Default,
            "strict" => Strict,
            "release-gate" => ReleaseGate,
            _ => null,
        };
        return rules is not null;
    }
}

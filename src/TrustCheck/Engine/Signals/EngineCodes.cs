namespace TrustCheck.Engine.Signals;

/// <summary>The engine's and policies' own finding codes (TC9xxx). Stable.</summary>
internal static class EngineCodes
{
    /// <summary>A provider could not conclude.</summary>
    public const string IndeterminateSignal = "TC9001";

    /// <summary>A suppression expired and no longer applies.</summary>
    public const string SuppressionExpired = "TC9002";

    /// <summary>A dependency is high-risk.</summary>
    public const string HighRiskDependency = "TC9003";

    /// <summary>A dependency requirement could not be resolved.</summary>
    public const string UnresolvedDependency = "TC9004";

    /// <summary>No set of versions satisfies every requirement of a requested package (pip's ResolutionImpossible).</summary>
    public const string NoSolution = "TC9005";

    /// <summary>The dependency search used its whole step budget (pip's ResolutionTooDeep).</summary>
    public const string ResolutionTooDeep = "TC9006";
}

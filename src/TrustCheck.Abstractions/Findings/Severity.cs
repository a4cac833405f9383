namespace TrustCheck.Findings;

/// <summary>How much a finding matters. Ordered: a higher value is worse.</summary>
public enum Severity
{
    /// <summary>Context, not a concern.</summary>
    Info,

    /// <summary>Worth knowing.</summary>
    Low,

    /// <summary>Deserves a look before relying on the package.</summary>
    Medium,

    /// <summary>A concrete risk.</summary>
    High,

    /// <summary>Do not install without a decision.</summary>
    Critical,
}

namespace TrustCheck.Artifacts.Findings;

/// <summary>How serious an artifact finding is.</summary>
public enum ArtifactSeverity
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Unusual, rarely harmful.</summary>
    Low,

    /// <summary>Review before installing.</summary>
    Medium,

    /// <summary>Do not install without a reason.</summary>
    High,

    /// <summary>Known-bad behaviour.</summary>
    Critical,
}

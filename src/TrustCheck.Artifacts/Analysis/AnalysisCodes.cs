namespace TrustCheck.Artifacts.Analysis;

/// <summary>The finding codes of the analysis itself (TC1001x); see docs/signals/release-contents.md.</summary>
public static class AnalysisCodes
{
    /// <summary>A stage of the analysis failed on this file: what it would have checked is unknown (High).</summary>
    public const string Incomplete = "TC10012";

    /// <summary>The baseline could not be read completely: what is new is measured against less than the previous release (Medium).</summary>
    public const string BaselineIncomplete = "TC10013";
}

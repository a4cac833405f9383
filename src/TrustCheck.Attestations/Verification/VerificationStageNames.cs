namespace TrustCheck.Attestations.Verification;

/// <summary>
/// The names reports, SARIF and text output give verification stages (<c>trust-root</c>, <c>log-body</c>,
/// <c>inclusion-proof</c>, …): one mapping, so every output names a stage the same way.
/// </summary>
public static class VerificationStageNames
{
    /// <summary>The stage's contract name: lower case, words joined by hyphens.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The name, e.g. <c>inclusion-promise</c>.</returns>
    public static string ToName(this VerificationStage stage) => stage switch
    {
        VerificationStage.TrustRoot => "trust-root",
        VerificationStage.LogBody => "log-body",
        VerificationStage.InclusionProof => "inclusion-proof",
        VerificationStage.InclusionPromise => "inclusion-promise",
        _ => stage.ToString().ToLowerInvariant(),
    };
}

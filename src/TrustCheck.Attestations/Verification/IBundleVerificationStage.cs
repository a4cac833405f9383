namespace TrustCheck.Attestations.Verification;

/// <summary>One step of bundle verification; the verifier runs them in order and stops at the first failure.</summary>
internal interface IBundleVerificationStage
{
    /// <summary>Checks one aspect of the bundle and records what it establishes in the context.</summary>
    /// <returns>Null when the check passes, otherwise why the bundle is rejected.</returns>
    VerificationFailure? Run(BundleVerificationContext context);
}

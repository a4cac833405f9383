using System.Text.Json.Nodes;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.TestKit.FailClosed;

/// <summary>
/// One row of the fail-closed matrix: a verification input, how it is spoiled, and the stage that must reject it.
/// The baseline (<see cref="Baseline"/> applied to the claims) verifies; the spoiled attestation differs from it in
/// exactly one input: minted with <see cref="Mint"/>, or the baseline edited by <see cref="EditAttestation"/>,
/// <see cref="EditProvenance"/> or <see cref="EditTrustedRoot"/>.
/// </summary>
/// <param name="Id">A stable name, <c>input.what</c>, used as the test case name.</param>
/// <param name="Input">The verification input the row is about, as the threat model's matrix names it.</param>
/// <param name="Corruption">How that input is spoiled.</param>
/// <param name="Stage">The stage whose failure the verifier must report.</param>
/// <param name="Reason">A fragment the failure's reason must contain.</param>
public sealed record FailClosedRow(string Id, string Input, Corruption Corruption, VerificationStage Stage, string Reason)
{
    /// <summary>What the baseline needs besides the claims (e.g. a timestamp, a Rekor v2 entry).</summary>
    public Func<TestAttestationOptions, TestAttestationOptions> Baseline { get; init; } = static options => options;

    /// <summary>Mints the spoiled attestation with other options, or null to edit the baseline's JSON instead.</summary>
    public Func<TestAttestationOptions, TestAttestationOptions>? Mint { get; init; }

    /// <summary>Edits the baseline attestation object.</summary>
    public Action<JsonObject>? EditAttestation { get; init; }

    /// <summary>Edits the baseline provenance object (publisher, bundles).</summary>
    public Action<JsonObject>? EditProvenance { get; init; }

    /// <summary>Edits the trusted root; the second argument is the certificate's notBefore (the signing time).</summary>
    public Action<JsonObject, DateTimeOffset>? EditTrustedRoot { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

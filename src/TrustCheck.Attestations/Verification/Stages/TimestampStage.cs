using TrustCheck.Attestations.Timestamps;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// Each RFC 3161 timestamp over the signature must verify against a trusted timestamp authority; each adds a
/// trusted signing time. At most 32 tokens, no duplicates.
/// </summary>
internal sealed class TimestampStage(Rfc3161TimestampVerifier verifier) : IBundleVerificationStage
{
    private const int MaxTimestamps = 32;

    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var timestamps = context.Bundle.Rfc3161Timestamps;
        if (timestamps.Count == 0)
        {
            return null;
        }

        if (timestamps.Count > MaxTimestamps)
        {
            return Fail($"the bundle carries {timestamps.Count} timestamps; at most {MaxTimestamps} are accepted");
        }

        if (timestamps.Select(t => Convert.ToBase64String(t.Span)).Distinct(StringComparer.Ordinal).Count() != timestamps.Count)
        {
            return Fail("the bundle carries the same timestamp twice");
        }

        var signature = context.Bundle.DsseEnvelope is { } envelope ? envelope.Signatures[0] : context.Bundle.MessageSignature!.Signature;
        foreach (var timestamp in timestamps)
        {
            var time = verifier.Verify(timestamp, signature.Span, context.Root.TimestampAuthorities, out var error);
            if (time is null)
            {
                return Fail(error ?? "a timestamp does not verify");
            }

            context.VerifiedTimes.Add(time.Value);
        }

        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Timestamp, reason);
}

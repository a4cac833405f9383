using System.Globalization;
using System.Text.Unicode;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// Verifies the inclusion promise (signed entry timestamp), whenever one is present, over RFC 8785 canonical JSON of
/// body, integrated time, log ID and global log index; once it verifies, the integrated time is a trusted signing
/// time. A promise that does not verify fails the bundle even when RFC 3161 timestamps could date it.
/// </summary>
internal sealed class InclusionPromiseStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var entry = context.Entry;
        if (entry.SignedEntryTimestamp is not { } signature)
        {
            return null;
        }

        // A promise that is present is always checked, whatever else dates the entry: it signs the integrated time,
        // so a missing or zero time cannot verify, and the bundle fails instead of quietly falling back to timestamps.
        if (entry.IntegratedTime <= 0)
        {
            return Fail("the entry carries a signed entry timestamp but no integrated time for it to sign");
        }

        var integrated = DateTimeOffset.FromUnixTimeSeconds(entry.IntegratedTime);
        if (!context.Log.ValidFor.Contains(integrated))
        {
            return Fail($"the entry was integrated at {integrated:O}, outside the log key's validity");
        }

        if (!context.Log.Key.Verify(Payload(entry), signature.Span))
        {
            return Fail("the signed entry timestamp does not verify with the log's key");
        }

        context.VerifiedTimes.Add(integrated);
        return null;
    }

    /// <summary>The exact bytes the promise signs; the values are ASCII, so sorted keys and no spaces is RFC 8785.</summary>
    internal static byte[] Payload(Bundles.TransparencyLogEntry entry)
    {
        // Written straight into one buffer: the body is several kilobytes of base64, not worth a string round trip.
        var logId = entry.LogId.Span;
        Span<char> hex = logId.Length <= 64 ? stackalloc char[logId.Length * 2] : new char[logId.Length * 2];
        Convert.TryToHexStringLower(logId, hex, out _);
        Span<byte> tail = stackalloc byte[hex.Length + 96];
        if (!Utf8.TryWrite(tail, CultureInfo.InvariantCulture, $"\",\"integratedTime\":{entry.IntegratedTime},\"logID\":\"{hex}\",\"logIndex\":{entry.LogIndex}}}", out var tailLength))
        {
            throw new InvalidOperationException("The inclusion-promise payload did not fit its buffer.");
        }

        var body = entry.CanonicalizedBodyBase64.Span;
        var head = "{\"body\":\""u8;
        var payload = new byte[head.Length + body.Length + tailLength];
        head.CopyTo(payload);
        body.CopyTo(payload.AsSpan(head.Length));
        tail[..tailLength].CopyTo(payload.AsSpan(head.Length + body.Length));
        return payload;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.InclusionPromise, reason);
}

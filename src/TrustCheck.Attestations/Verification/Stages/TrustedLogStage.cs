namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>The entry must come from a transparency log the trusted root lists, selected by exact log ID.</summary>
internal sealed class TrustedLogStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var log = context.Root.FindTransparencyLog(context.Entry.LogId.Span);
        if (log is null)
        {
            return new VerificationFailure(
                VerificationStage.TrustRoot,
                $"the entry's log {Convert.ToBase64String(context.Entry.LogId.Span)} is not a transparency log of the trusted root");
        }

        context.Log = log;
        return null;
    }
}

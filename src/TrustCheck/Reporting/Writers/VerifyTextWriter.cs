using TrustCheck.Reports.Verification;

namespace TrustCheck.Reporting.Writers;

/// <summary>
/// The verification report for a person: a verdict line for the distribution, then each attestation with what it
/// states, who signed it, and where it failed.
/// </summary>
internal sealed class VerifyTextWriter : IReportWriter<VerifyReport>
{
    public string Format => "text";

    public async Task WriteAsync(VerifyReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"{report.Distribution.Filename} (sha256 {report.Distribution.Sha256}): {report.Status.ToUpperInvariant()}".AsMemory(), cancellationToken).ConfigureAwait(false);
        if (report.Failure is { } failure && report.Attestations.Count == 0)
        {
            await output.WriteLineAsync($"  failed at {failure.Stage}: {failure.Reason}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var attestation in report.Attestations)
        {
            var who = attestation.Publisher is { } p ? $"{p.Kind} {p.Repository} {p.Workflow}".TrimEnd() : attestation.Signer ?? "unknown signer";
            var what = attestation.Statement?.PredicateType ?? "no verified statement";
            await output.WriteLineAsync($"  - {attestation.Status}: {what} by {who}".AsMemory(), cancellationToken).ConfigureAwait(false);
            if (attestation.Failure is { } reason)
            {
                await output.WriteLineAsync($"    failed at {reason.Stage}: {reason.Reason}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

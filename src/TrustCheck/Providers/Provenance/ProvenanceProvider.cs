using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Provenance;

/// <summary>
/// Reports how much of a release is covered by verified PEP 740 provenance, and every file whose provenance failed
/// (with the failing stage) or names a publisher kind that cannot be verified.
/// </summary>
internal sealed class ProvenanceProvider : ISignalProvider
{
    public string Name => "provenance";

    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = context.Evidence.Files;
        var findings = new List<Finding>();
        foreach (var file in files.Where(f => f.Provenance.Outcome == ProvenanceOutcome.Failed))
        {
            var failure = file.Provenance.Failure ?? new ProvenanceFailure("bundle", "unknown");
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.VerificationFailed,
                Severity = Severity.High,
                Message = $"The provenance of {file.Filename} failed verification at the {failure.Stage} stage: {failure.Reason}",
                Evidence = Facts(file, ("stage", failure.Stage), ("reason", failure.Reason)),
                Remediation = "Do not install this file: its attestation does not prove where it was built. Report it to the project and PyPI if it persists.",
            });
        }

        foreach (var file in files.Where(f => f.Provenance.Outcome == ProvenanceOutcome.Unsupported))
        {
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.UnsupportedPublisher,
                Severity = Severity.Medium,
                Message = $"{file.Filename} is attested by a '{file.Provenance.Publisher?.Kind}' Trusted Publisher, which TrustCheck cannot verify.",
                Evidence = Facts(file, ("publisherKind", file.Provenance.Publisher?.Kind ?? "unknown")),
                Remediation = "Review the publisher on PyPI by hand; the attestation is not counted as verified.",
            });
        }

        if (files.Count > 0 && files.All(f => f.DownloadedSha256 is not null && f.Provenance.Failure?.Stage != ProvenanceFailure.DigestStage))
        {
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.DownloadsMatch,
                Severity = Severity.Info,
                Message = $"All {files.Count} file(s) were downloaded and their bytes hash to the SHA-256 the index publishes.",
                Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["files"] = string.Join(" ", files.Select(f => f.Filename)) },
            });
        }

        var verified = files.Count(f => f.Provenance.Outcome == ProvenanceOutcome.Verified);
        var absent = files.Where(f => f.Provenance.Outcome == ProvenanceOutcome.Absent).Select(f => f.Filename).ToList();
        if (files.Count > 0 && verified == files.Count)
        {
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.AllVerified,
                Severity = Severity.Info,
                Message = $"All {files.Count} file(s) have verified PEP 740 provenance.",
                Evidence = new Dictionary<string, string> { ["coverage"] = "all", ["verified"] = verified.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        }
        else if (verified > 0 && absent.Count > 0)
        {
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.PartialCoverage,
                Severity = Severity.Medium,
                Message = $"{verified} of {files.Count} file(s) have verified provenance; {string.Join(", ", absent)} {(absent.Count == 1 ? "has" : "have")} none.",
                Evidence = new Dictionary<string, string> { ["coverage"] = "partial", ["unattested"] = string.Join(" ", absent) },
                Remediation = "Install only the attested files (pin their hashes), or ask the project to attest every file.",
            });
        }
        else if (verified == 0 && absent.Count == files.Count && files.Count > 0)
        {
            findings.Add(new Finding
            {
                Code = ProvenanceCodes.NoProvenance,
                Severity = Severity.Info,
                Message = "No file of this release has PEP 740 provenance: where it was built rests on metadata alone.",
                Evidence = new Dictionary<string, string> { ["coverage"] = "none" },
                Remediation = "Ask the project to publish with a Trusted Publisher, which attests every upload.",
            });
        }

        return Task.FromResult(Signal.Of(Name, findings));
    }

    private static Dictionary<string, string> Facts(DistributionEvidence file, params (string Key, string Value)[] facts)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["file"] = file.Filename };
        if (file.Sha256 is not null)
        {
            evidence["sha256"] = file.Sha256;
        }

        foreach (var (key, value) in facts)
        {
            evidence[key] = value;
        }

        return evidence;
    }
}

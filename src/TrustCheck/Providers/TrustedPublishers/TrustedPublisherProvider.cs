using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.TrustedPublishers;

/// <summary>
/// Reports who published a release's files through Trusted Publishing, as the verified attestations prove it:
/// the publisher of the verified files (TC3001), different publisher kinds or accounts within one release (TC3002),
/// publisher kinds TrustCheck cannot verify (TC3003) and releases with no provenance at all (TC3004). Pure: reads
/// only the release's evidence.
/// </summary>
internal sealed class TrustedPublisherProvider : ISignalProvider
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "trusted-publisher";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var evidence = context.Evidence;
        var findings = new List<Finding>();
        findings.AddRange(VerifiedPublishers(evidence.Files));
        findings.AddRange(InconsistentPublishers(evidence.Files));
        findings.AddRange(UnsupportedPublishers(evidence.Files));
        findings.AddRange(NoTrustedPublisher(evidence));
        return Task.FromResult(Signal.Of(ProviderName, findings));
    }

    private static IEnumerable<Finding> VerifiedPublishers(IReadOnlyList<DistributionEvidence> files)
    {
        foreach (var verified in VerifiedPublisher.Of(files, PublisherKeys.Full))
        {
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["files"] = string.Join(", ", verified.Files) };
            PublisherDescription.AddEvidence(evidence, "attested", verified.Publisher);
            yield return new Finding
            {
                Code = TrustedPublisherCodes.VerifiedPublisher,
                Severity = Severity.Info,
                Message = $"{Files(verified.Files.Count)} published through a verified Trusted Publisher: {PublisherDescription.Describe(verified.Publisher)}.",
                Evidence = evidence,
            };
        }
    }

    private static IEnumerable<Finding> InconsistentPublishers(IReadOnlyList<DistributionEvidence> files)
    {
        var accounts = VerifiedPublisher.Of(files, PublisherKeys.Account);
        if (accounts.Count < 2)
        {
            yield break;
        }

        var evidence = PublisherDescription.NumberedEvidence("attested", accounts);

        yield return new Finding
        {
            Code = TrustedPublisherCodes.InconsistentPublishers,
            Severity = Severity.High,
            Message = "Inconsistent publishers across files: the verified attestations of one release name different Trusted Publishers: " +
                      PublisherDescription.DescribeAll(accounts) + ".",
            Evidence = evidence,
            Remediation = "A release is normally published by one pipeline. Find out why some files came from another publisher " +
                          "before installing; pin the files (hashes) from the publisher you trust.",
        };
    }

    private static IEnumerable<Finding> UnsupportedPublishers(IReadOnlyList<DistributionEvidence> files)
    {
        var unsupported = files
            .Where(f => f.Provenance.Outcome == ProvenanceOutcome.Unsupported)
            .GroupBy(f => f.Provenance.Publisher?.Kind ?? "unknown", StringComparer.OrdinalIgnoreCase);
        foreach (var group in unsupported)
        {
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["claimed.kind"] = group.Key,
                ["files"] = string.Join(", ", group.Select(f => f.Filename)),
            };
            if (group.Select(f => f.Provenance.Publisher?.Repository).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) is { } repository)
            {
                evidence["claimed.repository"] = repository;
            }

            yield return new Finding
            {
                Code = TrustedPublisherCodes.UnsupportedPublisher,
                Severity = Severity.Medium,
                Message = $"The provenance of {string.Join(", ", group.Select(f => f.Filename))} names a {group.Key} Trusted Publisher, " +
                          "a kind TrustCheck cannot verify; it is not treated as verified.",
                Evidence = evidence,
                Remediation = "Treat these files as unattested: verify them another way (pinned hashes, a trusted mirror) or prefer " +
                              "files published through a GitHub or GitLab Trusted Publisher.",
            };
        }
    }

    private static IEnumerable<Finding> NoTrustedPublisher(ReleaseEvidence evidence)
    {
        if (evidence.Files.Count == 0 || evidence.Files.Any(f => f.Provenance.Outcome != ProvenanceOutcome.Absent))
        {
            yield break;
        }

        yield return new Finding
        {
            Code = TrustedPublisherCodes.NoTrustedPublisher,
            Severity = Severity.Low,
            Message = $"No file of {evidence.Name} {evidence.Version} has provenance: nothing proves which repository or workflow published it.",
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["files"] = string.Join(", ", evidence.Files.Select(f => f.Filename)),
            },
            Remediation = "Maintainers can publish with a Trusted Publisher (PyPI then attests every file). Until then, judge the " +
                          "release by its other signals, and pin hashes.",
        };
    }

    private static string Files(int count) => count == 1 ? "1 file was" : $"{count.ToString(CultureInfo.InvariantCulture)} files were";
}

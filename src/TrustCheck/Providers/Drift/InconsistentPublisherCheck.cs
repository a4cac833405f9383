using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.TrustedPublishers;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5001: PyPI's "inconsistent provenance": the verified files of one release name publishers of the same kind with
/// different repositories or workflows. (Different publisher kinds or accounts are the trusted-publisher provider's
/// TC3002; files without provenance are the provenance provider's partial coverage.)
/// </summary>
internal static class InconsistentPublisherCheck
{
    /// <summary>The finding, when there is one.</summary>
    /// <param name="files">The release's files.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(IReadOnlyList<DistributionEvidence> files)
    {
        var byKind = PublisherClusters.Of(VerifiedPublisher.Of(files, PublisherKeys.Full))
            .Select(c => new VerifiedPublisher(c[0].Publisher, c.SelectMany(p => p.Files).ToList()))
            .GroupBy(p => p.Publisher.Kind.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var kind in byKind)
        {
            var publishers = kind.ToList();
            var evidence = PublisherDescription.NumberedEvidence("current", publishers);

            yield return new Finding
            {
                Code = PublisherDriftCodes.InconsistentWithinRelease,
                Severity = Severity.High,
                Message = "The verified files of this release were published from different repositories or workflows: " +
                          PublisherDescription.DescribeAll(publishers) + ".",
                Evidence = evidence,
                Remediation = "One release should come from one pipeline. Install only files from the publisher you trust (pin their " +
                              "hashes) and ask the maintainers why another repository or workflow uploaded files.",
            };
        }
    }
}

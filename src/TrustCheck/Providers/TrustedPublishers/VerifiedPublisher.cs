using TrustCheck.Evidence.Release;

namespace TrustCheck.Providers.TrustedPublishers;

/// <summary>A publisher that verified attestations prove, with the files they cover.</summary>
/// <param name="Publisher">The verified publisher identity (of the first file in the group).</param>
/// <param name="Files">The files it published.</param>
internal sealed record VerifiedPublisher(PublisherIdentity Publisher, IReadOnlyList<string> Files)
{
    /// <summary>Groups the <see cref="ProvenanceOutcome.Verified"/> files by publisher, in file order.</summary>
    /// <param name="files">The files.</param>
    /// <param name="key">What must agree for two files to share a publisher (see <see cref="PublisherKeys"/>).</param>
    /// <returns>One entry per distinct publisher.</returns>
    public static IReadOnlyList<VerifiedPublisher> Of(IEnumerable<DistributionEvidence> files, Func<PublisherIdentity, string> key) =>
        files
            .Where(f => f.Provenance is { Outcome: ProvenanceOutcome.Verified, Publisher: not null })
            .GroupBy(f => key(f.Provenance.Publisher!), StringComparer.Ordinal)
            .Select(g => new VerifiedPublisher(g.First().Provenance.Publisher!, g.Select(f => f.Filename).ToList()))
            .ToList();

    /// <summary>Whether any file of the list has verified provenance.</summary>
    /// <param name="files">The files.</param>
    /// <returns>True when at least one is verified.</returns>
    public static bool AnyVerified(IEnumerable<DistributionEvidence> files) =>
        files.Any(f => f.Provenance.Outcome == ProvenanceOutcome.Verified);
}

using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// Notices a release that departs from how the project was published before: publishers differing within the release
/// (TC5001), lost provenance (TC5002), a changed repository, name, workflow or environment against the nearest
/// earlier attested release (TC5003–TC5006), a release after long dormancy (TC5007), a burst of releases (TC5008) and
/// changed PyPI ownership (TC5009). Apart from the ownership history it is given, it reads only the release's
/// evidence; time comes from the release's upload times and <see cref="SignalContext.Now"/>.
/// </summary>
/// <param name="ownershipHistory">Where ownership snapshots are remembered between inspections.</param>
internal sealed class PublisherDriftProvider(IOwnershipHistory ownershipHistory) : ISignalProvider
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "publisher-drift";

    private readonly OwnershipChangeCheck _ownership = new(ownershipHistory);

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public async Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var evidence = context.Evidence;
        var findings = new List<Finding>();
        findings.AddRange(InconsistentPublisherCheck.Evaluate(evidence.Files));
        findings.AddRange(ProvenanceRegressionCheck.Evaluate(evidence));
        findings.AddRange(PublisherChangeCheck.Evaluate(evidence));
        findings.AddRange(DormancyCheck.Evaluate(evidence));
        findings.AddRange(ReleaseBurstCheck.Evaluate(evidence));
        findings.AddRange(await _ownership.EvaluateAsync(evidence, context.Now, cancellationToken).ConfigureAwait(false));
        return Signal.Of(ProviderName, findings);
    }
}

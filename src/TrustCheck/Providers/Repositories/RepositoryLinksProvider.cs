using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// Compares the links a release's metadata declares (<c>project_urls</c>, <c>home_page</c>, <c>download_url</c>: what
/// it <em>claims</em>) with the repository its verified attestations <em>prove</em>, the way PyPI computes "verified
/// details" (TC4001–TC4003), and checks <c>--expected-repo</c> for the root packages (TC4010–TC4013). Pure: reads only
/// the release's evidence and the options.
/// </summary>
internal sealed class RepositoryLinksProvider : ISignalProvider
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "repository-links";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var evidence = context.Evidence;
        var links = DeclaredLinks.Of(evidence.Release.Info);
        var attested = AttestedRepository.Of(evidence.Files);

        var findings = new List<Finding>(DeclaredLinkFindings.Evaluate(links, attested));
        var expected = context.Options.ExpectedRepository;
        if (context.IsRoot && !string.IsNullOrWhiteSpace(expected))
        {
            findings.Add(ExpectedRepositoryFindings.Evaluate(expected, evidence.Files, links, attested));
        }

        return Task.FromResult(Signal.Of(ProviderName, findings));
    }
}

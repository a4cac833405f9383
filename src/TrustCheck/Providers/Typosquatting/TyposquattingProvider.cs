using System.Globalization;
using TrustCheck.Engine.Signals;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.Repositories;
using TrustCheck.Signals;
using TrustCheck.Typosquatting;

namespace TrustCheck.Providers.Typosquatting;

/// <summary>
/// The built-in <c>typosquatting</c> provider: does the release's project name imitate a popular or trusted one
/// (<see cref="TyposquatDetector"/>), and what does the release's own evidence say about it
/// (<see cref="TyposquatVerdict"/>)? See docs/signals/typosquatting.md.
/// </summary>
internal sealed class TyposquattingProvider(TyposquatDetectorCache detectors) : ISignalProvider, IPrefetchingSignalProvider
{
    /// <summary>The provider's stable name.</summary>
    public const string ProviderName = "typosquatting";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <summary>Starts building the name index (reading and indexing the popular list) while the evidence loads.</summary>
    /// <param name="options">The inspection's options (their trusted names are indexed too).</param>
    public void Prefetch(Inspection.InspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        detectors.Prefetch(options.TrustedNames);
    }

    /// <inheritdoc />
    public async Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var detector = await detectors.GetAsync(context.Options.TrustedNames, cancellationToken).ConfigureAwait(false);
        var evidence = context.Evidence;
        if (detector.Check(evidence.Name) is not { } match)
        {
            return Signal.Of(Name, []);
        }

        var proven = await ProvenFromTargetRepositoryAsync(context, match, cancellationToken).ConfigureAwait(false);
        var (severity, decision) = TyposquatVerdict.Decide(match, evidence, context.Now, proven);
        var (first, releases) = TyposquatVerdict.History(evidence);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["target"] = match.Target,
            ["technique"] = match.Technique.ToName(),
            ["edits"] = string.Join('+', match.Edits.Select(e => e.ToName())),
            ["distance"] = match.Distance.ToString(CultureInfo.InvariantCulture),
            ["targetSource"] = match.TargetSource,
            ["releases"] = releases.ToString(CultureInfo.InvariantCulture),
            ["verifiedProvenance"] = evidence.Files.Any(f => f.Provenance.Outcome == ProvenanceOutcome.Verified) ? "true" : "false",
            ["provenFromTargetRepository"] = proven ? "true" : "false",
            ["decision"] = decision,
        };
        if (match.TargetSource == PopularNameIndex.Popular)
        {
            facts["targetDownloads"] = match.TargetDownloads.ToString(CultureInfo.InvariantCulture);
            facts["targetRank"] = match.TargetRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (match.NameDownloads is { } own)
        {
            facts["nameDownloads"] = own.ToString(CultureInfo.InvariantCulture);
        }

        if (first is { } since)
        {
            facts["firstUpload"] = since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }

        var trusted = match.TargetSource == PopularNameIndex.Trusted;
        return Signal.Of(Name, new Finding
        {
            Code = trusted ? TyposquatCodes.ImitatesTrustedName : TyposquatCodes.LikelyTyposquat,
            Severity = trusted && severity == Severity.Medium ? Severity.High : severity,
            Message = $"{evidence.Name} looks like {(trusted ? "the trusted name" : "the popular project")} {match.Target} ({match.Technique.ToName()}); {decision}.",
            Evidence = facts,
            Remediation = $"Make sure you meant {evidence.Name} and not {match.Target}: check the project's homepage, maintainers and provenance before installing it.",
        });
    }

    /// <summary>Whether a file's verified provenance names a repository the imitated project itself declares.</summary>
    private static async Task<bool> ProvenFromTargetRepositoryAsync(SignalContext context, TyposquatMatch match, CancellationToken cancellationToken)
    {
        var attested = AttestedRepository.Of(context.Evidence.Files).Select(a => a.Repository).ToList();
        if (attested.Count == 0 || !Packaging.PackageName.TryParse(match.Target, out var target))
        {
            return false;
        }

        var project = await context.Sources.Metadata.GetProjectAsync(target, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return false;
        }

        var declared = DeclaredLinks.Of(project.Info).Select(l => l.Repository).OfType<RepositoryUrl>().ToList();
        return attested.Any(a => declared.Any(d => d.Equals(a)));
    }
}

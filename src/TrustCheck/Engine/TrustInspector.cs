using System.Collections.Concurrent;
using TrustCheck.Engine.Evidence;
using TrustCheck.Engine.Planning;
using TrustCheck.Engine.Reporting;
using TrustCheck.Engine.Scoring;
using TrustCheck.Engine.Signals;
using TrustCheck.Evidence.Release;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Findings;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Reports;
using TrustCheck.Signals;
using TrustCheck.Typosquatting;

namespace TrustCheck.Engine;

/// <summary>
/// The inspection pipeline: plan the releases (dependencies when asked) → load each release's evidence once →
/// run every provider concurrently → propagate dependency risk to the roots → let the policy decide → report.
/// </summary>
internal sealed class TrustInspector(
    IInspectionPlanner planner,
    ReleaseEvidenceLoader loader,
    SignalRunner runner,
    IEvidenceSources sources,
    PolicyCatalog policies,
    TyposquatDetectorCache typosquats,
    TimeProvider time) : ITrustInspector
{
    public async Task<TrustReport> InspectAsync(InspectionRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InspectCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (PackageNotFoundException missing) when (missing is { Project: { } project, SuggestedProject: null })
        {
            throw await WithSuggestionAsync(missing, project, request, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A project that does not exist, named like a popular (or trusted) one, is reported with that name: "did you mean
    /// requests?". When the corpus cannot be had, the plain not-found error stands.
    /// </summary>
    private async Task<PackageNotFoundException> WithSuggestionAsync(PackageNotFoundException missing, string project, InspectionRequest request, CancellationToken cancellationToken)
    {
        TyposquatMatch? match;
        try
        {
            var detector = await typosquats.GetAsync(request.Options.TrustedNames, cancellationToken).ConfigureAwait(false);
            match = Packaging.PackageName.TryParse(project, out var name) ? detector.Check(name) : null;
        }
        catch (Sources.EvidenceSourceException)
        {
            return missing;
        }

        return match is null ? missing : new PackageNotFoundException(
            $"{missing.Message} Did you mean '{match.Target}'? '{project}' looks like it ({match.Technique.ToName()}); a name that does not exist is what typosquatters register next and what code assistants invent, so do not install it under this name.",
            missing)
        {
            Project = project,
            SuggestedProject = match.Target,
            Technique = match.Technique.ToName(),
        };
    }

    private async Task<TrustReport> InspectCoreAsync(InspectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Packages.Count == 0)
        {
            throw new ArgumentException("Nothing to inspect: the request names no package.", nameof(request));
        }

        var policy = policies.Get(request.Policy);
        var options = policy.PrepareOptions(request.Options);
        runner.Prefetch(options);

        var now = time.GetUtcNow();
        var plan = await planner.PlanAsync(request, cancellationToken).ConfigureAwait(false);
        await PrefetchVulnerabilitiesAsync(plan, cancellationToken).ConfigureAwait(false);

        var inspected = 0;
        var evidence = new ConcurrentDictionary<(string, string?), Task<ReleaseEvidence>>();
        var outcomes = await Task.WhenAll(plan.Packages.Select(async package =>
        {
            var loaded = await evidence.GetOrAdd((package.Name.Normalized, package.Version), _ => loader.LoadAsync(package.Name, package.Version, options.VerifyDownloads, options.InspectArtifacts, cancellationToken)).ConfigureAwait(false);
            var context = new SignalContext { Evidence = loaded, Options = options, IsRoot = package.IsRoot, Now = now, Sources = sources };
            var signals = await runner.RunAsync(context, cancellationToken).ConfigureAwait(false);
            request.Progress?.Report(new InspectionProgress(Interlocked.Increment(ref inspected), plan.Packages.Count, $"{loaded.Name}=={loaded.Version}"));
            return new PackageOutcome(package, loaded, signals);
        })).ConfigureAwait(false);

        AddEngineFindings(outcomes, plan);
        var decision = policy.Evaluate(new PolicyInput
        {
            Packages = outcomes.Select(Assess).ToList(),
            Options = options,
            Now = now,
        });
        return ReportBuilder.Build(outcomes, plan, policy, decision, options, now);
    }

    private async Task PrefetchVulnerabilitiesAsync(InspectionPlan plan, CancellationToken cancellationToken)
    {
        // One OSV batch for the whole graph; each release's own lookup is then answered by the cache.
        var queries = plan.Packages.Where(p => p.Version is not null).Select(p => new VulnerabilityQuery(p.Name, p.Version!)).ToList();
        if (queries.Count > 1)
        {
            await sources.Vulnerabilities.QueryAsync(queries, cancellationToken).ConfigureAwait(false);
        }
    }

    private static PackageAssessment Assess(PackageOutcome outcome)
    {
        var findings = outcome.AllFindings.Select(f => f.Finding).ToList();
        return new PackageAssessment
        {
            Name = outcome.Evidence.Name.Normalized,
            Version = outcome.Evidence.Version,
            IsRoot = outcome.Planned.IsRoot,
            Findings = findings,
            Recommendation = RecommendationCalculator.Recommend(findings, outcome.Evidence.Files, outcome.HasIndeterminateSignals),
            Files = outcome.Evidence.Files,
            HasIndeterminateSignals = outcome.HasIndeterminateSignals,
        };
    }

    private static void AddEngineFindings(IReadOnlyList<PackageOutcome> outcomes, InspectionPlan plan)
    {
        var byId = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            foreach (var signal in outcome.Signals.Where(s => s.Status == SignalStatus.Indeterminate))
            {
                outcome.EngineFindings.Add(("engine", ReportBuilder.Finding(
                    EngineCodes.IndeterminateSignal,
                    Severity.Info,
                    $"The {signal.Provider} check could not conclude: {signal.Error}",
                    new Dictionary<string, string> { ["provider"] = signal.Provider },
                    "Nothing can be concluded from this check's silence; rerun, or review by hand.")));
            }
        }

        foreach (var problem in plan.Problems)
        {
            if (byId.TryGetValue($"{problem.From.Normalized}=={problem.FromVersion}", out var parent))
            {
                parent.EngineFindings.Add(("engine", PlanProblemFinding.For(problem)));
            }
        }

        var highRisk = outcomes
            .Where(o => RecommendationCalculator.Recommend(o.AllFindings.Select(f => f.Finding).ToList(), o.Evidence.Files, o.HasIndeterminateSignals) == Recommendation.HighRisk)
            .Select(o => o.Id)
            .ToHashSet(StringComparer.Ordinal);
        var children = plan.Edges.Where(e => e.ToVersion is not null)
            .ToLookup(e => $"{e.From.Normalized}=={e.FromVersion}", e => $"{e.To.Normalized}=={e.ToVersion}", StringComparer.Ordinal);
        foreach (var root in outcomes.Where(o => o.Planned.IsRoot))
        {
            foreach (var (dependency, path) in Descendants(root.Id, children).Where(d => highRisk.Contains(d.Id)))
            {
                root.EngineFindings.Add(("engine", ReportBuilder.Finding(
                    EngineCodes.HighRiskDependency,
                    Severity.High,
                    $"The dependency {dependency} is high-risk (via {path}).",
                    new Dictionary<string, string> { ["dependency"] = dependency, ["path"] = path },
                    "Installing this package installs the dependency: resolve its findings, pin a safe version, or drop it.")));
            }
        }
    }

    private static IEnumerable<(string Id, string Path)> Descendants(string root, ILookup<string, string> children)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var queue = new Queue<(string Id, string Path)>([(root, root)]);
        while (queue.Count > 0)
        {
            var (id, path) = queue.Dequeue();
            foreach (var child in children[id])
            {
                if (seen.Add(child))
                {
                    var childPath = path + " -> " + child;
                    yield return (child, childPath);
                    queue.Enqueue((child, childPath));
                }
            }
        }
    }
}

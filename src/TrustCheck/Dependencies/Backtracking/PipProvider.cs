using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// What pip's resolver provider decides, for the backtracking resolution: which identifier to pin next
/// (<see cref="GetPreference"/>), which candidates satisfy the requirements on an identifier, best first
/// (<see cref="FindMatchesAsync"/>), and what a candidate requires (<see cref="GetDependenciesAsync"/>) — from the
/// file an installer would take, for the target environment.
/// </summary>
internal sealed class PipProvider
{
    private readonly IResolverIndex _index;
    private readonly MarkerEnvironment _environment;
    private readonly DependencyMode _mode;
    private readonly Dictionary<string, int> _requested;
    private readonly Dictionary<string, double> _knownDepths = new(StringComparer.Ordinal);
    private readonly Dictionary<PackageName, Task<IReadOnlyList<IndexRelease>?>> _releases = [];
    private readonly Dictionary<Candidate, IReadOnlyList<ResolverRequirement>> _dependencies = [];
    private readonly Dictionary<IndexRelease, Task<ReleaseMetadata>> _metadata = [];

    private readonly IProgress<int>? _discovered;

    public PipProvider(IResolverIndex index, MarkerEnvironment environment, PythonCandidate python, DependencyMode mode, IReadOnlyList<PackageName> requested, IProgress<int>? discovered = null)
    {
        _index = index;
        _discovered = discovered;
        _environment = environment;
        Python = python;
        _mode = mode;
        _requested = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < requested.Count; i++)
        {
            _requested.TryAdd(requested[i].Normalized, i);
        }
    }

    /// <summary>The target interpreter.</summary>
    public PythonCandidate Python { get; }

    /// <summary>Projects asked for that the index does not have.</summary>
    public HashSet<PackageName> UnknownProjects { get; } = [];

    /// <summary>Requirements declared in metadata that cannot be followed (invalid, direct references), by declaring candidate.</summary>
    public List<(BaseCandidate From, string Requirement, UnresolvableReason Reason, string Detail, PackageName? Target)> Unfollowed { get; } = [];

    /// <summary>The sort key of an identifier; computing it records its depth for the identifiers it leads to, as pip does.</summary>
    public Preference GetPreference(string identifier, ResolutionState state)
    {
        var information = state.Criteria.TryGetValue(identifier, out var criterion) ? criterion.Information : [];
        var hasInformation = information.Count > 0;
        var operators = information.Select(i => i.Requirement).OfType<SpecifierRequirement>().SelectMany(r => r.Specifier.Specifiers).ToList();
        var pinned = operators.Exists(o => o.Operator is SpecifierOperator.Equal or SpecifierOperator.ArbitraryEqual);
        double depth;
        if (_requested.ContainsKey(identifier))
        {
            depth = 1.0;
        }
        else if (hasInformation)
        {
            depth = information.Min(i => i.Parent is null ? 0.0 : _knownDepths.GetValueOrDefault(i.Parent.Identifier, double.PositiveInfinity)) + 1.0;
        }
        else
        {
            depth = double.PositiveInfinity;
        }

        _knownDepths[identifier] = depth;
        var requestedOrder = _requested.TryGetValue(identifier, out var order) ? order : double.PositiveInfinity;
        var cause = state.BacktrackCauses.Exists(c => c.Requirement.Identifier == identifier || c.Parent?.Identifier == identifier);

        // pip tests "direct" on the tuple of candidate lookups, never None: any identifier with requirements counts as direct.
        return new Preference(identifier != Identifiers.Python, !hasInformation, !pinned, !cause, depth, requestedOrder, operators.Count == 0, identifier);
    }

    /// <summary>The candidates that satisfy every requirement on the identifier and are not known incompatible, best first.</summary>
    public async Task<IReadOnlyList<Candidate>> FindMatchesAsync(string identifier, Func<string, IEnumerable<ResolverRequirement>> requirements, IReadOnlyCollection<Candidate> incompatible, CancellationToken cancellationToken)
    {
        var requirementsOnIt = requirements(identifier).ToList();
        var explicitCandidates = new List<Candidate>();
        foreach (var requirement in requirementsOnIt)
        {
            if (requirement.ExplicitCandidate is { } named && !explicitCandidates.Contains(named))
            {
                explicitCandidates.Add(named);
            }
        }

        if (SplitIdentifier(identifier) is { Extras.Count: > 0 } split)
        {
            foreach (var onBase in requirements(split.Name.Normalized))
            {
                if (onBase.ExplicitCandidate is BaseCandidate plain && new ExtrasCandidate(plain, split.Extras) is var extras && !explicitCandidates.Contains(extras))
                {
                    explicitCandidates.Add(extras);
                }
            }
        }

        if (explicitCandidates.Count > 0)
        {
            return [.. explicitCandidates.Where(c => !incompatible.Contains(c) && requirementsOnIt.TrueForAll(r => r.IsSatisfiedBy(c)))];
        }

        var specifiers = requirementsOnIt.OfType<SpecifierRequirement>().ToList();
        if (specifiers.Count == 0)
        {
            return [];
        }

        var name = specifiers[0].Name;
        var releases = await ReleasesAsync(name, cancellationToken).ConfigureAwait(false);
        var combined = new VersionSpecifierSet(specifiers.SelectMany(s => s.Specifier.Specifiers));
        var applicable = PipSpecifiers.Filter(combined, releases.Where(r => r.Excluded is null).OrderByDescending(r => r.Version).ThenBy(r => r.VersionText, StringComparer.Ordinal), r => r.Version);
        var yankedAllowed = applicable.TrueForAll(r => r.Yanked) && PipSpecifiers.IsPinned(combined);
        var extrasAsked = specifiers.SelectMany(s => s.Extras).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var seen = new HashSet<PythonVersion>();
        var found = new List<Candidate>();
        foreach (var release in applicable)
        {
            if ((release.Yanked && !yankedAllowed) || !seen.Add(release.Version))
            {
                continue;
            }

            var plain = new BaseCandidate(release);
            Candidate candidate = extrasAsked.Count == 0 ? plain : new ExtrasCandidate(plain, extrasAsked);
            if (!incompatible.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        if (found.Count > 0)
        {
            _ = MetadataAsync(Plain(found[0]).Release, CancellationToken.None);
        }

        return found;
    }

    /// <summary>The metadata of a release's chosen file, fetched once (a fetch may start early, before it is needed).</summary>
    public Task<ReleaseMetadata> MetadataAsync(IndexRelease release, CancellationToken cancellationToken)
    {
        if (!_metadata.TryGetValue(release, out var pending) || pending.IsFaulted || pending.IsCanceled)
        {
            pending = _index.GetMetadataAsync(release, cancellationToken);
            _metadata[release] = pending;
        }

        return pending;
    }

    private static BaseCandidate Plain(Candidate candidate) => candidate as BaseCandidate ?? ((ExtrasCandidate)candidate).Base;

    /// <summary>What a candidate requires, in pip's order: an extras candidate its plain release first; a release its Requires-Dist that apply, then its Requires-Python.</summary>
    public async Task<IReadOnlyList<ResolverRequirement>> GetDependenciesAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        if (_dependencies.TryGetValue(candidate, out var known))
        {
            return known;
        }

        IReadOnlyList<ResolverRequirement> dependencies = candidate switch
        {
            BaseCandidate plain => await PlainDependenciesAsync(plain, cancellationToken).ConfigureAwait(false),
            ExtrasCandidate extras => await ExtrasDependenciesAsync(extras, cancellationToken).ConfigureAwait(false),
            _ => [],
        };
        _dependencies[candidate] = dependencies;
        return dependencies;
    }

    /// <summary>The releases of a project, fetched once; none (and remembered as unknown) when it does not exist.</summary>
    public async Task<IReadOnlyList<IndexRelease>> ReleasesAsync(PackageName name, CancellationToken cancellationToken)
    {
        if (!_releases.TryGetValue(name, out var pending))
        {
            pending = _index.GetReleasesAsync(name, cancellationToken);
            _releases[name] = pending;
            _discovered?.Report(_releases.Count);
        }

        var releases = await pending.ConfigureAwait(false);
        if (releases is null)
        {
            UnknownProjects.Add(name);
        }

        return releases ?? [];
    }

    /// <summary>Starts fetching a project's releases without waiting (metadata is fetched concurrently, the search stays sequential).</summary>
    public void Prefetch(PackageName name)
    {
        if (!_releases.ContainsKey(name))
        {
            _releases[name] = _index.GetReleasesAsync(name, CancellationToken.None);
            _discovered?.Report(_releases.Count);
        }
    }

    private bool Follows(Candidate candidate) => _mode switch
    {
        DependencyMode.Transitive => true,
        DependencyMode.Direct => _requested.ContainsKey(candidate switch { ExtrasCandidate e => e.Base.Identifier, _ => candidate.Identifier }),
        _ => false,
    };

    private async Task<IReadOnlyList<ResolverRequirement>> PlainDependenciesAsync(BaseCandidate candidate, CancellationToken cancellationToken)
    {
        var metadata = await MetadataAsync(candidate.Release, cancellationToken).ConfigureAwait(false);
        var dependencies = new List<ResolverRequirement>();
        if (Follows(candidate))
        {
            dependencies.AddRange(Declared(candidate, metadata, []));
        }

        if (metadata.RequiresPython is { Length: > 0 } text && VersionSpecifierSet.TryParse(text, out var python) && !python.IsEmpty)
        {
            dependencies.Add(new RequiresPythonRequirement(python, Python));
        }

        return dependencies;
    }

    private async Task<IReadOnlyList<ResolverRequirement>> ExtrasDependenciesAsync(ExtrasCandidate candidate, CancellationToken cancellationToken)
    {
        var dependencies = new List<ResolverRequirement> { new ExplicitRequirement(candidate.Base) };
        if (!Follows(candidate))
        {
            return dependencies;
        }

        var metadata = await MetadataAsync(candidate.Base.Release, cancellationToken).ConfigureAwait(false);
        var provided = metadata.ProvidesExtra?.Select(PackageName.Normalize).ToHashSet(StringComparer.Ordinal);
        dependencies.AddRange(Declared(candidate.Base, metadata, [.. candidate.Extras.Where(e => provided is null || provided.Contains(e))]));
        return dependencies;
    }

    private IEnumerable<ResolverRequirement> Declared(BaseCandidate from, ReleaseMetadata metadata, IReadOnlyList<string> extras)
    {
        foreach (var text in metadata.RequiresDist)
        {
            if (!Requirement.TryParse(text, out var requirement))
            {
                Unfollowed.Add((from, text, UnresolvableReason.InvalidRequirement, "not a PEP 508 requirement", null));
                continue;
            }

            if (Applies(requirement, extras) is not { } applies)
            {
                Unfollowed.Add((from, text, UnresolvableReason.MarkerNotEvaluable, "the marker cannot be evaluated for the target", null));
                continue;
            }

            if (!applies)
            {
                continue;
            }

            if (requirement.Url is not null)
            {
                Unfollowed.Add((from, text, UnresolvableReason.DirectReference, requirement.Url, requirement.PackageName));
                continue;
            }

            var asked = Identifiers.Extras(requirement.Extras);
            Prefetch(requirement.PackageName);
            yield return new SpecifierRequirement(requirement.PackageName, asked, requirement.Specifier, text);
        }
    }

    /// <summary>pip's marker rule: no marker, or the marker holds with <c>extra</c> set to one of the extras (to "" without extras); null when it cannot be evaluated.</summary>
    private bool? Applies(Requirement requirement, IReadOnlyList<string> extras)
    {
        if (requirement.Marker is not { } marker)
        {
            return true;
        }

        try
        {
            return extras.Count == 0
                ? marker.Evaluate(_environment.With("extra", string.Empty))
                : extras.Any(extra => marker.Evaluate(_environment.With("extra", extra)));
        }
        catch (MarkerEvaluationException)
        {
            return null;
        }
    }

    private static (PackageName Name, IReadOnlyList<string> Extras)? SplitIdentifier(string identifier)
    {
        var bracket = identifier.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0 || !identifier.EndsWith(']') || !PackageName.TryParse(identifier[..bracket], out var name))
        {
            return null;
        }

        return (name, identifier[(bracket + 1)..^1].Split(','));
    }
}

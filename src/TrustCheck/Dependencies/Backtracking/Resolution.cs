namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// The backtracking search pip runs (resolvelib 1.0): each round pins the most preferred identifier whose pin does
/// not satisfy its requirements to its best candidate whose dependencies fit; when none fits, it backjumps to the last
/// state whose pin brought in one of the clashing identifiers, marks that pin incompatible and tries again. States are
/// a stack; every round works on a copy of the previous one.
/// </summary>
internal sealed class Resolution(PipProvider provider, int maxRounds)
{
    private readonly List<ResolutionState> _states = [];

    private ResolutionState State => _states[^1];

    public async Task<ResolutionOutcome> ResolveAsync(IReadOnlyList<ResolverRequirement> requirements, CancellationToken cancellationToken)
    {
        _states.Add(new ResolutionState(new OrderedMap<Candidate>(), new OrderedMap<Criterion>(), []));
        foreach (var requirement in requirements)
        {
            try
            {
                await AddToCriteriaAsync(State.Criteria, requirement, null, cancellationToken).ConfigureAwait(false);
            }
            catch (RequirementsConflictedException conflict)
            {
                return new ResolutionOutcome(ResolutionOutcomeKind.Impossible, State, conflict.Criterion.Information, 0);
            }
        }

        PushNewState();
        for (var round = 0; round < maxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unsatisfied = State.Criteria.Entries().Where(e => !IsCurrentPinSatisfying(e.Key, e.Value)).Select(e => e.Key).ToList();
            if (unsatisfied.Count == 0)
            {
                return new ResolutionOutcome(ResolutionOutcomeKind.Resolved, State, [], round);
            }

            var satisfied = State.Criteria.Keys.Except(unsatisfied, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            var name = MostPreferred(unsatisfied);
            var failures = await AttemptToPinAsync(name, cancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                var causes = failures.SelectMany(c => c.Information).ToList();
                if (!await BackjumpAsync(causes, cancellationToken).ConfigureAwait(false))
                {
                    // Nothing left to backtrack to (resolvelib raises ResolutionImpossible here).
                    return new ResolutionOutcome(ResolutionOutcomeKind.Impossible, _states.Count > 0 ? State : new ResolutionState(new OrderedMap<Candidate>(), new OrderedMap<Criterion>(), []), causes, round);
                }

                State.BacktrackCauses.Clear();
                State.BacktrackCauses.AddRange(causes);
            }
            else
            {
                var newlyUnsatisfied = State.Criteria.Entries()
                    .Where(e => satisfied.Contains(e.Key) && !IsCurrentPinSatisfying(e.Key, e.Value))
                    .Select(e => e.Key)
                    .ToHashSet(StringComparer.Ordinal);
                RemoveInformationFrom(State.Criteria, newlyUnsatisfied);
                PushNewState();
            }
        }

        return new ResolutionOutcome(ResolutionOutcomeKind.TooDeep, State, [], maxRounds);
    }

    private string MostPreferred(List<string> unsatisfied)
    {
        // pip computes every preference in criteria order, each recording a depth the next ones may read.
        var best = unsatisfied[0];
        var bestPreference = provider.GetPreference(best, State);
        for (var i = 1; i < unsatisfied.Count; i++)
        {
            var preference = provider.GetPreference(unsatisfied[i], State);
            if (preference.CompareTo(bestPreference) < 0)
            {
                best = unsatisfied[i];
                bestPreference = preference;
            }
        }

        return best;
    }

    private void PushNewState() => _states.Add(State.Copy());

    private bool IsCurrentPinSatisfying(string name, Criterion criterion) =>
        State.Mapping.TryGetValue(name, out var pin) && criterion.Requirements.All(r => r.IsSatisfiedBy(pin));

    private async Task AddToCriteriaAsync(OrderedMap<Criterion> criteria, ResolverRequirement requirement, Candidate? parent, CancellationToken cancellationToken)
    {
        var identifier = requirement.Identifier;
        criteria.TryGetValue(identifier, out var criterion);
        var incompatibilities = criterion is null ? [] : criterion.Incompatibilities.ToList();
        var matches = await provider.FindMatchesAsync(
            identifier,
            id => id == identifier
                ? (criterion?.Requirements ?? []).Append(requirement)
                : criteria.TryGetValue(id, out var other) ? other.Requirements : [],
            incompatibilities,
            cancellationToken).ConfigureAwait(false);
        List<RequirementInformation> information = [.. criterion?.Information ?? [], new RequirementInformation(requirement, parent)];
        var updated = new Criterion(matches, information, incompatibilities);
        if (updated.Candidates.Count == 0)
        {
            throw new RequirementsConflictedException(updated);
        }

        criteria[identifier] = updated;
    }

    private async Task<List<Criterion>> AttemptToPinAsync(string name, CancellationToken cancellationToken)
    {
        var criterion = State.Criteria[name];
        var causes = new List<Criterion>();
        foreach (var candidate in criterion.Candidates)
        {
            OrderedMap<Criterion> criteria;
            try
            {
                criteria = State.Criteria.Copy();
                foreach (var dependency in await provider.GetDependenciesAsync(candidate, cancellationToken).ConfigureAwait(false))
                {
                    await AddToCriteriaAsync(criteria, dependency, candidate, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RequirementsConflictedException conflict)
            {
                causes.Add(conflict.Criterion);
                continue;
            }

            if (!criterion.Requirements.All(r => r.IsSatisfiedBy(candidate)))
            {
                throw new InvalidOperationException($"The candidate {candidate} does not satisfy the requirements it was found for.");
            }

            State.Criteria.Update(criteria);
            State.Mapping.Remove(name);
            State.Mapping[name] = candidate;
            return [];
        }

        return causes;
    }

    private async Task<bool> BackjumpAsync(List<RequirementInformation> causes, CancellationToken cancellationToken)
    {
        var incompatibleDependencies = causes.Where(c => c.Parent is not null).Select(c => c.Parent!.Identifier)
            .Concat(causes.Select(c => c.Requirement.Identifier))
            .ToHashSet(StringComparer.Ordinal);
        while (_states.Count >= 3)
        {
            _states.RemoveAt(_states.Count - 1);
            ResolutionState broken;
            string name;
            Candidate candidate;
            while (true)
            {
                if (_states.Count == 0)
                {
                    return false;
                }

                broken = _states[^1];
                _states.RemoveAt(_states.Count - 1);
                if (!broken.Mapping.TryPopLast(out name, out candidate))
                {
                    return false;
                }

                var dependencies = await provider.GetDependenciesAsync(candidate, cancellationToken).ConfigureAwait(false);
                if (dependencies.Any(d => incompatibleDependencies.Contains(d.Identifier)))
                {
                    break;
                }
            }

            var fromBroken = broken.Criteria.Entries().Select(e => (e.Key, Incompatibilities: e.Value.Incompatibilities.ToList())).ToList();
            fromBroken.Add((name, [candidate]));
            PushNewState();
            if (await PatchCriteriaAsync(fromBroken, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> PatchCriteriaAsync(List<(string Key, List<Candidate> Incompatibilities)> fromBroken, CancellationToken cancellationToken)
    {
        foreach (var (key, incompatibilities) in fromBroken)
        {
            if (incompatibilities.Count == 0 || !State.Criteria.TryGetValue(key, out var criterion))
            {
                continue;
            }

            var criteria = State.Criteria;
            var matches = await provider.FindMatchesAsync(
                key,
                id => criteria.TryGetValue(id, out var other) ? other.Requirements : [],
                [.. criterion.Incompatibilities, .. incompatibilities],
                cancellationToken).ConfigureAwait(false);
            if (matches.Count == 0)
            {
                return false;
            }

            // resolvelib appends the current list to the broken state's (which already holds it): the same candidates
            // twice per backjump. Only membership matters, so the list is kept without repeats — or it doubles.
            incompatibilities.AddRange(criterion.Incompatibilities);
            State.Criteria[key] = new Criterion(matches, criterion.Information, [.. incompatibilities.Distinct()]);
        }

        return true;
    }

    private static void RemoveInformationFrom(OrderedMap<Criterion> criteria, HashSet<string> parents)
    {
        if (parents.Count == 0)
        {
            return;
        }

        foreach (var key in criteria.Keys.ToList())
        {
            var criterion = criteria[key];
            criteria[key] = criterion with { Information = [.. criterion.Information.Where(i => i.Parent is null || !parents.Contains(i.Parent.Identifier))] };
        }
    }
}

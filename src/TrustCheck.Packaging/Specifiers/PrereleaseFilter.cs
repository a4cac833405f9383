using TrustCheck.Packaging.Ranges;

namespace TrustCheck.Packaging;

/// <summary>
/// PEP 440's rule for pre-releases when filtering: with no explicit choice, pre-releases are kept only when no final
/// release matched; <c>true</c> keeps them, <c>false</c> drops them.
/// </summary>
internal static class PrereleaseFilter
{
    /// <summary>Applies the rule to items that already matched; text that is not a version is always kept.</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> matches, Func<T, VersionCandidate> key, bool? prereleases)
    {
        if (prereleases is true)
        {
            return matches;
        }

        if (prereleases is false)
        {
            return matches.Where(item => key(item).Parsed is not { IsPrerelease: true });
        }

        return KeepPrereleasesOnlyWithoutFinals(matches, key, keepUnparsed: true);
    }

    /// <summary>Filters items by version ranges; text that is not a version never matches.</summary>
    public static IEnumerable<T> ByRanges<T>(IReadOnlyList<VersionRange> ranges, IEnumerable<T> items, Func<T, VersionCandidate> key, bool? prereleases)
    {
        var inRanges = items.Where(item => key(item).Parsed is { } parsed && VersionRanges.Contains(ranges, parsed));
        return prereleases switch
        {
            true => inRanges,
            false => inRanges.Where(item => !key(item).Parsed!.IsPrerelease),
            null => KeepPrereleasesOnlyWithoutFinals(inRanges, key, keepUnparsed: false),
        };
    }

    private static IEnumerable<T> KeepPrereleasesOnlyWithoutFinals<T>(IEnumerable<T> items, Func<T, VersionCandidate> key, bool keepUnparsed)
    {
        var buffered = new List<T>();
        var foundFinal = false;
        foreach (var item in items)
        {
            var parsed = key(item).Parsed;
            if (parsed is null)
            {
                if (keepUnparsed)
                {
                    if (foundFinal)
                    {
                        yield return item;
                    }
                    else
                    {
                        buffered.Add(item);
                    }
                }

                continue;
            }

            if (!parsed.IsPrerelease)
            {
                if (!foundFinal)
                {
                    foundFinal = true;
                    foreach (var kept in buffered.Where(b => key(b).Parsed is null))
                    {
                        yield return kept;
                    }
                }

                yield return item;
            }
            else if (!foundFinal)
            {
                buffered.Add(item);
            }
        }

        if (!foundFinal)
        {
            foreach (var item in buffered)
            {
                yield return item;
            }
        }
    }
}

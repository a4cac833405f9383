namespace TrustCheck.Packaging.Ranges;

/// <summary>
/// Version specifiers as sorted, non-overlapping lists of ranges: building them per operator, intersecting them,
/// and the questions asked of them (membership, emptiness, containment, pre-release-only).
/// </summary>
internal static class VersionRanges
{
    private static readonly PythonVersion Smallest = PythonVersion.Parse("0.dev0");

    public static IReadOnlyList<VersionRange> Full { get; } = [VersionRange.Full];

    public static IReadOnlyList<VersionRange> ForOperator(SpecifierOperator op, PythonVersion version, bool hasLocal) => op switch
    {
        SpecifierOperator.GreaterThanOrEqual => [new(RangePoint.At(version), true, null, false)],
        SpecifierOperator.LessThanOrEqual => [new(null, false, RangePoint.After(version, BoundaryKind.AfterLocals), true)],
        SpecifierOperator.GreaterThan => GreaterThan(version),
        SpecifierOperator.LessThan => LessThan(version),
        SpecifierOperator.Equal => [new(RangePoint.At(version), true, hasLocal ? RangePoint.At(version) : RangePoint.After(version, BoundaryKind.AfterLocals), true)],
        SpecifierOperator.NotEqual =>
        [
            new(null, false, RangePoint.At(version), false),
            new(hasLocal ? RangePoint.At(version) : RangePoint.After(version, BoundaryKind.AfterLocals), false, null, false),
        ],
        SpecifierOperator.Compatible => [new(RangePoint.At(version), true, RangePoint.At(NextPrefixDev0(version.Epoch, version.ReleaseSpan[..^1])), false)],
        _ => Full,
    };

    public static IReadOnlyList<VersionRange> ForWildcard(SpecifierOperator op, PythonVersion prefix)
    {
        var lower = RangePoint.At(PythonVersion.Create(prefix.Epoch, prefix.ReleaseSpan.ToArray(), null, null, 0));
        var upper = RangePoint.At(NextPrefixDev0(prefix.Epoch, prefix.ReleaseSpan));
        return op == SpecifierOperator.Equal
            ? [new(lower, true, upper, false)]
            : [new(null, false, lower, false), new(upper, true, null, false)];
    }

    /// <summary>Intersects two sorted, non-overlapping range lists.</summary>
    public static IReadOnlyList<VersionRange> Intersect(IReadOnlyList<VersionRange> left, IReadOnlyList<VersionRange> right)
    {
        var result = new List<VersionRange>();
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            var a = left[i];
            var b = right[j];
            var lower = VersionRange.CompareLower(a, b) >= 0 ? a : b;
            var upper = VersionRange.CompareUpper(a, b) <= 0 ? a : b;
            var candidate = new VersionRange(lower.Lower, lower.LowerInclusive, upper.Upper, upper.UpperInclusive);
            if (!candidate.IsEmpty)
            {
                result.Add(candidate);
            }

            if (VersionRange.CompareUpper(a, b) < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    public static bool Contains(IReadOnlyList<VersionRange> ranges, PythonVersion version)
    {
        foreach (var range in ranges)
        {
            if (!range.IsAboveLower(version))
            {
                return false;
            }

            if (range.IsBelowUpper(version))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every version in <paramref name="inner"/> is in <paramref name="outer"/>.</summary>
    public static bool IsSubset(IReadOnlyList<VersionRange> inner, IReadOnlyList<VersionRange> outer) =>
        inner.All(range => outer.Any(o => VersionRange.CompareLower(o, range) <= 0 && VersionRange.CompareUpper(range, o) <= 0));

    /// <summary>True when every range holds only pre-releases (so excluding pre-releases leaves nothing).</summary>
    public static bool ArePrereleaseOnly(IReadOnlyList<VersionRange> ranges)
    {
        foreach (var range in ranges)
        {
            var nearest = LowestFinalAtOrAbove(range.Lower);
            if (range.Upper is null)
            {
                return false;
            }

            var order = RangePoint.Compare(RangePoint.At(nearest), range.Upper);
            if (order < 0 || (order == 0 && range.UpperInclusive))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly PythonVersion Zero = PythonVersion.Parse("0");

    /// <summary>The lowest version that is not a pre-release and is at or above the point.</summary>
    private static PythonVersion LowestFinalAtOrAbove(RangePoint? point)
    {
        if (point is null)
        {
            return Zero;
        }

        var version = point.Version;
        if (version.IsPrerelease)
        {
            // 1.0a1.post2 and 1.0rc1 sit below 1.0; 1.0.post1.dev3 sits below 1.0.post1.
            return version.Pre is not null
                ? PythonVersion.Create(version.Epoch, version.ReleaseSpan.ToArray(), null, null, null)
                : PythonVersion.Create(version.Epoch, version.ReleaseSpan.ToArray(), null, version.Post, null);
        }

        return point.Kind is null
            ? version
            : PythonVersion.Create(version.Epoch, version.ReleaseSpan.ToArray(), null, (version.Post ?? -1) + 1, null);
    }

    private static IReadOnlyList<VersionRange> GreaterThan(PythonVersion version)
    {
        var release = version.ReleaseSpan.ToArray();
        if (version.Dev is { } dev)
        {
            return [new(RangePoint.At(PythonVersion.Create(version.Epoch, release, version.Pre, version.Post, dev + 1)), true, null, false)];
        }

        if (version.Post is { } post)
        {
            return [new(RangePoint.At(PythonVersion.Create(version.Epoch, release, version.Pre, post + 1, 0)), true, null, false)];
        }

        return [new(RangePoint.After(version, BoundaryKind.AfterPosts), false, null, false)];
    }

    private static IReadOnlyList<VersionRange> LessThan(PythonVersion version)
    {
        var bound = version.IsPrerelease
            ? version
            : PythonVersion.Create(version.Epoch, version.ReleaseSpan.ToArray(), version.Pre, version.Post, 0);
        return bound <= Smallest ? [] : [new(null, false, RangePoint.At(bound), false)];
    }

    private static PythonVersion NextPrefixDev0(long epoch, ReadOnlySpan<long> prefix)
    {
        var release = prefix.ToArray();
        release[^1]++;
        return PythonVersion.Create(epoch, release, null, null, 0);
    }
}

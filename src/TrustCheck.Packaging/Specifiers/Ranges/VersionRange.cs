namespace TrustCheck.Packaging.Ranges;

/// <summary>
/// One contiguous set of versions between a lower and an upper bound. A null point is unbounded; at the same
/// point an inclusive lower bound starts earlier and an exclusive upper bound ends earlier.
/// </summary>
internal readonly record struct VersionRange(RangePoint? Lower, bool LowerInclusive, RangePoint? Upper, bool UpperInclusive)
{
    public static VersionRange Full { get; } = new(null, false, null, false);

    private static readonly RangePoint Smallest = RangePoint.At(PythonVersion.Parse("0.dev0"));

    /// <summary>True when no version lies in the range; nothing sorts below 0.dev0, so that bounds every range.</summary>
    public bool IsEmpty
    {
        get
        {
            if (Upper is null)
            {
                return false;
            }

            var (lower, lowerInclusive) = Lower is null ? (Smallest, true) : (Lower, LowerInclusive);
            var order = RangePoint.Compare(lower, Upper);
            return order == 0 ? !(lowerInclusive && UpperInclusive) : order > 0;
        }
    }

    public bool Contains(PythonVersion version) => IsAboveLower(version) && IsBelowUpper(version);

    public bool IsAboveLower(PythonVersion version)
    {
        if (Lower is null)
        {
            return true;
        }

        if (Lower.Kind is not null)
        {
            return Lower.IsBelow(version);
        }

        var order = Lower.Version.CompareTo(version);
        return LowerInclusive ? order <= 0 : order < 0;
    }

    public bool IsBelowUpper(PythonVersion version)
    {
        if (Upper is null)
        {
            return true;
        }

        if (Upper.Kind is not null)
        {
            return !Upper.IsBelow(version);
        }

        var order = version.CompareTo(Upper.Version);
        return UpperInclusive ? order <= 0 : order < 0;
    }

    public static int CompareLower(VersionRange a, VersionRange b)
    {
        if (a.Lower is null || b.Lower is null)
        {
            return (a.Lower is null ? 0 : 1) - (b.Lower is null ? 0 : 1);
        }

        var order = RangePoint.Compare(a.Lower, b.Lower);
        return order != 0 ? order : (b.LowerInclusive ? 1 : 0) - (a.LowerInclusive ? 1 : 0);
    }

    public static int CompareUpper(VersionRange a, VersionRange b)
    {
        if (a.Upper is null || b.Upper is null)
        {
            return (a.Upper is null ? 1 : 0) - (b.Upper is null ? 1 : 0);
        }

        var order = RangePoint.Compare(a.Upper, b.Upper);
        return order != 0 ? order : (a.UpperInclusive ? 1 : 0) - (b.UpperInclusive ? 1 : 0);
    }
}

namespace TrustCheck.Packaging.Ranges;

/// <summary>Where a boundary marker sits relative to its base version V.</summary>
internal enum BoundaryKind
{
    /// <summary>Above V and every V+local, below V.post0.</summary>
    AfterLocals = 1,

    /// <summary>Above V, V+local and every V.postN, below the next release.</summary>
    AfterPosts = 2,
}

/// <summary>
/// A point on the version line: a real version, or a marker between versions (PEP 440 excludes V's local and
/// post-release "family" from some comparisons, and no single real version bounds that).
/// </summary>
internal sealed class RangePoint
{
    private RangePoint(PythonVersion version, BoundaryKind? kind)
    {
        Version = version;
        Kind = kind;
    }

    public PythonVersion Version { get; }

    /// <summary>Null for a real version; the marker's kind otherwise.</summary>
    public BoundaryKind? Kind { get; }

    public static RangePoint At(PythonVersion version) => new(version, null);

    public static RangePoint After(PythonVersion version, BoundaryKind kind) => new(version, kind);

    /// <summary>Orders two points; a marker never equals a real version.</summary>
    public static int Compare(RangePoint left, RangePoint right)
    {
        if (left.Kind is null && right.Kind is null)
        {
            return left.Version.CompareTo(right.Version);
        }

        if (left.Kind is not null && right.Kind is not null)
        {
            return CompareMarkers(left, right);
        }

        return left.Kind is not null ? (left.IsBelow(right.Version) ? -1 : 1) : (right.IsBelow(left.Version) ? 1 : -1);
    }

    /// <summary>
    /// Orders two markers by the versions below them: one is lower when some version lies above it but still below
    /// the other — either the other's own version or a member of the other's family (its locals, or its posts).
    /// </summary>
    private static int CompareMarkers(RangePoint left, RangePoint right)
    {
        if (left.IsBelow(right.Version) || left.IsBelow(right.FamilyProbe()))
        {
            return -1;
        }

        if (right.IsBelow(left.Version) || right.IsBelow(left.FamilyProbe()))
        {
            return 1;
        }

        return ((int)left.Kind!.Value).CompareTo((int)right.Kind!.Value);
    }

    /// <summary>A version at the top of the marker's family: a maximal local label, or a maximal post-release.</summary>
    private PythonVersion FamilyProbe()
    {
        var release = Version.ReleaseSpan.ToArray();
        var post = Kind == BoundaryKind.AfterPosts ? long.MaxValue : Version.Post;
        return PythonVersion.FromParts(release, Version.Epoch, Version.Pre, post, Kind == BoundaryKind.AfterPosts ? null : Version.Dev, long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>For a marker: true when it sorts below <paramref name="other"/>.</summary>
    public bool IsBelow(PythonVersion other) => Version < other && !IsFamily(other);

    private bool IsFamily(PythonVersion other)
    {
        if (other.Epoch != Version.Epoch || other.Pre != Version.Pre || !SameTrimmedRelease(Version, other))
        {
            return false;
        }

        return Kind == BoundaryKind.AfterLocals
            ? other.Post == Version.Post && other.Dev == Version.Dev
            : other.Dev == Version.Dev || other.Post is not null;
    }

    /// <summary>True when <paramref name="other"/>'s release is <paramref name="version"/>'s without trailing zeros, padded with zeros.</summary>
    private static bool SameTrimmedRelease(PythonVersion version, PythonVersion other)
    {
        var trimmed = Math.Max(1, version.SignificantReleaseLength);
        var release = other.ReleaseSpan;
        if (release.Length < trimmed || !release[..trimmed].SequenceEqual(version.ReleaseSpan[..trimmed]))
        {
            return false;
        }

        foreach (var part in release[trimmed..])
        {
            if (part != 0)
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Kind is null ? Version.ToString() : $"{Kind}({Version})";
}

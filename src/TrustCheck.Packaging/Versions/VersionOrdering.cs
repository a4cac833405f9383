namespace TrustCheck.Packaging;

/// <summary>PEP 440 ordering of two versions, field by field, without building sort keys.</summary>
internal static class VersionOrdering
{
    public static int Compare(PythonVersion left, PythonVersion right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        var result = left.Epoch.CompareTo(right.Epoch);
        if (result != 0)
        {
            return result;
        }

        result = CompareRelease(left, right);
        if (result != 0)
        {
            return result;
        }

        result = PreRank(left).CompareTo(PreRank(right));
        if (result == 0 && left.Pre is { } leftPre && right.Pre is { } rightPre)
        {
            result = leftPre.CompareTo(rightPre);
        }

        if (result != 0)
        {
            return result;
        }

        // No post-release sorts first; no dev-release sorts last.
        result = Nullable.Compare(left.Post, right.Post);
        if (result != 0)
        {
            return result;
        }

        result = (left.Dev, right.Dev) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => a.Value.CompareTo(b.Value),
        };
        return result != 0 ? result : CompareLocal(left, right);
    }

    /// <summary>Compares release segments as if the shorter were padded with zeros.</summary>
    public static int CompareRelease(PythonVersion left, PythonVersion right)
    {
        var a = left.ReleaseSpan[..left.SignificantReleaseLength];
        var b = right.ReleaseSpan[..right.SignificantReleaseLength];
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // A dev release of the final (1.0.dev0) sorts before its pre-releases; a final sorts after them.
    private static int PreRank(PythonVersion version) => version switch
    {
        { Pre: null, Post: null, Dev: not null } => 0,
        { Pre: null } => 2,
        _ => 1,
    };

    private static int CompareLocal(PythonVersion left, PythonVersion right)
    {
        if (!left.HasLocal || !right.HasLocal)
        {
            return left.HasLocal.CompareTo(right.HasLocal);
        }

        var a = left.LocalSegments;
        var b = right.LocalSegments;
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var result = a[i].CompareTo(b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}

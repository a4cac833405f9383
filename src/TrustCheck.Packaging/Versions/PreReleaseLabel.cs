namespace TrustCheck.Packaging;

/// <summary>The kind of a PEP 440 pre-release, in ascending order.</summary>
public enum PreReleaseLabel
{
    /// <summary><c>a</c> (also spelled <c>alpha</c>).</summary>
    Alpha = 0,

    /// <summary><c>b</c> (also spelled <c>beta</c>).</summary>
    Beta = 1,

    /// <summary><c>rc</c> (also spelled <c>c</c>, <c>pre</c>, <c>preview</c>).</summary>
    ReleaseCandidate = 2,
}

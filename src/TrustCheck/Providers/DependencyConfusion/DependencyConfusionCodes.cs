namespace TrustCheck.Providers.DependencyConfusion;

/// <summary>The finding codes of the <c>dependency-confusion</c> provider (TC8xxx); see docs/signals/dependency-confusion.md.</summary>
internal static class DependencyConfusionCodes
{
    /// <summary>An internal name also exists on the public index, at a version that does not win today (Medium).</summary>
    public const string InternalNameOnPublicIndex = "TC8001";

    /// <summary>An internal name's public version is higher than every private one: pip's pooled indexes install the public one (High).</summary>
    public const string PublicShadowsPrivate = "TC8002";

    /// <summary>An internal name is not registered on the public index: anyone can claim it (Medium).</summary>
    public const string InternalNameUnclaimed = "TC8003";

    /// <summary>A private index serves a name that also exists publicly, and the name was not declared internal (Medium).</summary>
    public const string UndeclaredCollision = "TC8004";
}

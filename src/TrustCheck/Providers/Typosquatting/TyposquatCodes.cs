namespace TrustCheck.Providers.Typosquatting;

/// <summary>The finding codes of the <c>typosquatting</c> provider (TC7xxx); see docs/signals/typosquatting.md.</summary>
internal static class TyposquatCodes
{
    /// <summary>The name imitates a popular (or trusted) project; severity from the release's own evidence (Info to High).</summary>
    public const string LikelyTyposquat = "TC7001";

    /// <summary>The name imitates a name the user declared trusted (High unless proven by the same repository).</summary>
    public const string ImitatesTrustedName = "TC7002";
}

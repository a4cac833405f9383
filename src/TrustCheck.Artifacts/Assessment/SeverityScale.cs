using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>
/// Weighs a finding's base severity by where the code runs and whether it is new: inside a function one step lower,
/// in <c>setup.py</c> or a <c>.pth</c> one step higher; new since the previous release one step higher; unchanged
/// since the previous release two steps lower (context, not an alarm — but never laundered below what a payload the
/// previous release already carried still deserves: a critical stays medium).
/// </summary>
public static class SeverityScale
{
    /// <summary>The weighed severity.</summary>
    /// <param name="baseSeverity">The severity at module level of an imported module with no previous release.</param>
    /// <param name="location">Where the code runs, or null when location does not weigh.</param>
    /// <param name="novelty">Whether it is new.</param>
    public static ArtifactSeverity Weigh(ArtifactSeverity baseSeverity, CodeLocation? location, Novelty novelty)
    {
        var step = location switch
        {
            CodeLocation.Function => -1,
            CodeLocation.SetupScript or CodeLocation.Pth => 1,
            _ => 0,
        };
        var weighed = Math.Clamp((int)baseSeverity + step, (int)ArtifactSeverity.Low, (int)ArtifactSeverity.Critical);
        return novelty switch
        {
            Novelty.New or Novelty.Changed => (ArtifactSeverity)Math.Min(weighed + 1, (int)ArtifactSeverity.Critical),
            Novelty.Unchanged => (ArtifactSeverity)Math.Max(weighed - 2, (int)ArtifactSeverity.Info),
            _ => (ArtifactSeverity)weighed,
        };
    }

    /// <summary>The word for a location, as reports show it.</summary>
    /// <param name="location">The location.</param>
    public static string Describe(CodeLocation location) => location switch
    {
        CodeLocation.Function => "inside a function",
        CodeLocation.ImportTime => "at import time",
        CodeLocation.SetupScript => "in setup.py at build time",
        _ => "in a .pth at every interpreter start",
    };
}

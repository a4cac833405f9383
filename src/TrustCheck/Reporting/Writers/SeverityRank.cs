namespace TrustCheck.Reporting.Writers;

/// <summary>Orders reported severities (their contract names) from <c>info</c> (0) to <c>critical</c> (4).</summary>
internal static class SeverityRank
{
    public static int Of(string severity) => severity switch
    {
        "critical" => 4,
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    };
}

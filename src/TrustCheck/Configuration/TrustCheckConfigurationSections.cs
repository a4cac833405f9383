namespace TrustCheck.Configuration;

/// <summary>The sections <c>AddTrustCheck(configuration)</c> binds; any other key at the top is an error.</summary>
internal sealed class TrustCheckConfigurationSections
{
    public const string Sources = "Sources";
    public const string Http = "Http";
    public const string Cache = "Cache";
    public const string Paths = "Paths";
    public const string Inspection = "Inspection";

    public static IReadOnlyList<string> All { get; } = [Sources, Http, Cache, Paths, Inspection];
}

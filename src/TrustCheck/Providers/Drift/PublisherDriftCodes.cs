namespace TrustCheck.Providers.Drift;

/// <summary>The finding codes of the <c>publisher-drift</c> provider (documented in docs/signals/publisher-drift.md).</summary>
internal static class PublisherDriftCodes
{
    /// <summary>High: the verified files of one release were published from different repositories or workflows.</summary>
    public const string InconsistentWithinRelease = "TC5001";

    /// <summary>High: the nearest earlier checked release had verified provenance; this one has none.</summary>
    public const string ProvenanceRegressed = "TC5002";

    /// <summary>High: the publisher's repository (by immutable id when known) differs from the earlier release's.</summary>
    public const string RepositoryChanged = "TC5003";

    /// <summary>Low: the repository was renamed (same immutable repository and owner ids).</summary>
    public const string RepositoryRenamed = "TC5004";

    /// <summary>Medium: same repository, different workflow.</summary>
    public const string WorkflowChanged = "TC5005";

    /// <summary>Low: same repository and workflow, different deployment environment.</summary>
    public const string EnvironmentChanged = "TC5006";

    /// <summary>Medium: more than two years since the previous non-yanked release.</summary>
    public const string ReleaseAfterDormancy = "TC5007";

    /// <summary>Low: five or more releases within the 24 hours ending at this one.</summary>
    public const string ReleaseBurst = "TC5008";

    /// <summary>Medium: PyPI's owners, maintainers or organization differ from the last recorded snapshot.</summary>
    public const string OwnershipChanged = "TC5009";
}

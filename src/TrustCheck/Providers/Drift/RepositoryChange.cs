namespace TrustCheck.Providers.Drift;

/// <summary>How a publisher's repository relates to an earlier publisher's.</summary>
internal enum RepositoryChange
{
    /// <summary>The same repository (same ids, or the same name when ids are unknown).</summary>
    Same,

    /// <summary>The same repository and owner ids under a different name: a rename.</summary>
    Renamed,

    /// <summary>The same repository id under a different owner id: the repository was transferred.</summary>
    Transferred,

    /// <summary>The same name but a different repository id: the name was deleted and re-created (resurrected).</summary>
    Replaced,

    /// <summary>A different repository (or publisher kind, or account).</summary>
    Different,
}

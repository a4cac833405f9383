namespace TrustCheck.Evidence.PyPi;

/// <summary>
/// The <c>info</c> object of PyPI's JSON API: a release's core metadata as first uploaded. Absent fields are null
/// (or empty lists); unknown fields are ignored.
/// </summary>
public sealed record PyPiReleaseInfo
{
    /// <summary>The display name (<c>Django</c>), not the normalized one.</summary>
    public required string Name { get; init; }

    /// <summary>The release's version string as published.</summary>
    public required string Version { get; init; }

    /// <summary>The one-line summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The free-text <c>License</c> field.</summary>
    public string? License { get; init; }

    /// <summary>The PEP 639 SPDX license expression.</summary>
    public string? LicenseExpression { get; init; }

    /// <summary>The PEP 639 license files.</summary>
    public IReadOnlyList<string> LicenseFiles { get; init; } = [];

    /// <summary>The trove classifiers.</summary>
    public IReadOnlyList<string> Classifiers { get; init; } = [];

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The author's e-mail.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>The maintainer.</summary>
    public string? Maintainer { get; init; }

    /// <summary>The maintainer's e-mail.</summary>
    public string? MaintainerEmail { get; init; }

    /// <summary>The <c>Requires-Python</c> specifier.</summary>
    public string? RequiresPython { get; init; }

    /// <summary>The PEP 508 requirement strings, as published (legacy forms included).</summary>
    public IReadOnlyList<string> RequiresDist { get; init; } = [];

    /// <summary>The extras the release provides.</summary>
    public IReadOnlyList<string> ProvidesExtra { get; init; } = [];

    /// <summary>The <c>project_urls</c> map from free-form label to URL.</summary>
    public IReadOnlyDictionary<string, string> ProjectUrls { get; init; } = new Dictionary<string, string>();

    /// <summary>The legacy <c>Home-page</c> field.</summary>
    public string? HomePage { get; init; }

    /// <summary>The legacy <c>Download-URL</c> field.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>Whether the release is yanked.</summary>
    public bool Yanked { get; init; }

    /// <summary>Why the release was yanked, when a reason was given.</summary>
    public string? YankedReason { get; init; }
}

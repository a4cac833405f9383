namespace TrustCheck.Providers.Repositories;

/// <summary>One link the release's metadata declares: what metadata <em>claims</em>, not what anything proves.</summary>
/// <param name="Field">The metadata field: <c>project_urls</c>, <c>home_page</c> or <c>download_url</c>.</param>
/// <param name="Label">The label as published (the field's name for the legacy fields).</param>
/// <param name="Kind">What the link is for.</param>
/// <param name="Url">The URL as published.</param>
/// <param name="Repository">The repository the URL names, when it names one.</param>
internal sealed record DeclaredLink(string Field, string Label, ProjectUrlKind Kind, string Url, RepositoryUrl? Repository)
{
    /// <summary>Whether the link names a repository: any URL on a known forge, or a <c>Source</c>-labelled URL elsewhere.</summary>
    public bool IsRepositoryLink =>
        Repository is not null && (Repository.Forge != RepositoryForge.Other || Kind == ProjectUrlKind.Source);

    /// <summary>
    /// Whether the link speaks for the project's identity (homepage, source, download, issues): a repository named
    /// there that differs from the attested one is a contradiction, while a funding or documentation link to
    /// another repository is not.
    /// </summary>
    public bool SpeaksForProject => Kind is ProjectUrlKind.Homepage or ProjectUrlKind.Source or ProjectUrlKind.Download or ProjectUrlKind.Issues;

    /// <summary>The evidence key for the claim: <c>claimed.project_urls.&lt;label&gt;</c>, <c>claimed.home_page</c>, <c>claimed.download_url</c>.</summary>
    public string EvidenceKey => Field == DeclaredLinks.ProjectUrlsField
        ? $"claimed.{Field}.{ProjectUrlLabel.Normalize(Label)}"
        : $"claimed.{Field}";

    /// <summary>How the link is named in messages: <c>Source</c>, <c>home_page</c>, …</summary>
    public string DisplayName => Field == DeclaredLinks.ProjectUrlsField ? Label : Field;
}

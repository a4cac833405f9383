namespace TrustCheck.Providers.Repositories;

/// <summary>The forge a repository URL belongs to; it decides how the URL's path is read.</summary>
public enum RepositoryForge
{
    /// <summary>A host TrustCheck has no rules for; its path is read case-sensitively and cut at common deep links.</summary>
    Other,

    /// <summary>github.com (and GitHub Pages, <c>&lt;owner&gt;.github.io/&lt;repo&gt;</c>): <c>owner/repo</c>, case-insensitive.</summary>
    GitHub,

    /// <summary>gitlab.com or a self-hosted GitLab: <c>group/sub/project</c> (nested groups), case-insensitive.</summary>
    GitLab,

    /// <summary>bitbucket.org: <c>workspace/repo</c>, case-insensitive.</summary>
    Bitbucket,

    /// <summary>codeberg.org (Forgejo): <c>owner/repo</c>, case-insensitive.</summary>
    Codeberg,
}

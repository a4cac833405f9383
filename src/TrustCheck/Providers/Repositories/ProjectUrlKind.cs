namespace TrustCheck.Providers.Repositories;

/// <summary>What a project link is for, from its PEP 753 well-known label (or the legacy field it came from).</summary>
internal enum ProjectUrlKind
{
    /// <summary>A label with no well-known meaning.</summary>
    Other,

    /// <summary><c>homepage</c>, or the legacy <c>Home-page</c> field.</summary>
    Homepage,

    /// <summary><c>source</c>, <c>repository</c>, <c>sourcecode</c>, <c>github</c>, …</summary>
    Source,

    /// <summary><c>download</c>, or the legacy <c>Download-URL</c> field.</summary>
    Download,

    /// <summary><c>issues</c>, <c>bugs</c>, <c>tracker</c>, <c>bugreports</c>, …</summary>
    Issues,

    /// <summary><c>documentation</c>, <c>docs</c>.</summary>
    Documentation,

    /// <summary><c>changelog</c>, <c>changes</c>, <c>whatsnew</c>, <c>history</c>, <c>releasenotes</c>.</summary>
    Changelog,

    /// <summary><c>funding</c>, <c>sponsor</c>, <c>donate</c>, <c>donation</c>.</summary>
    Funding,
}

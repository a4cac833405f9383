namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Why an entry of a dependency file cannot be judged against a package index.</summary>
public enum NotInspectableReason
{
    /// <summary>A direct URL to an archive (<c>https://…/pkg.whl</c>, <c>name @ https://…</c>, a lock file <c>url</c> source).</summary>
    Url,

    /// <summary>A local file or directory (<c>./pkg</c>, <c>file:///…</c>, a lock file <c>path</c> or <c>directory</c> source).</summary>
    LocalPath,

    /// <summary>An editable install (<c>-e …</c>, a pylock <c>directory</c> with <c>editable = true</c>).</summary>
    Editable,

    /// <summary>A version-control checkout (<c>git+https://…</c>, a lock file <c>git</c>/<c>vcs</c> source).</summary>
    Vcs,

    /// <summary>The lock file's own project or a workspace member (uv <c>source = { editable = "." }</c> or <c>{ virtual = "." }</c>).</summary>
    LocalProject,

    /// <summary>
    /// A requirements-file option that does not change which packages are installed and that a scan cannot honour
    /// (<c>--only-binary</c>, <c>--no-binary</c>, <c>--prefer-binary</c>, <c>--pre</c>, <c>--trusted-host</c>,
    /// <c>--use-feature</c>, <c>--require-hashes</c>, per-requirement <c>--global-option</c>/<c>--config-settings</c>).
    /// </summary>
    UnsupportedOption,
}

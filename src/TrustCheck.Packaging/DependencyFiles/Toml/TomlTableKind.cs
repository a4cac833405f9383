namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>How a TOML table was created; TOML's rules on redefinition depend on it.</summary>
internal enum TomlTableKind
{
    /// <summary>The document's root.</summary>
    Root,

    /// <summary>Implied by a longer header (<c>tool</c> in <c>[tool.uv]</c>): a later <c>[tool]</c> may still define it.</summary>
    Implicit,

    /// <summary>Defined by a <c>[header]</c>.</summary>
    Header,

    /// <summary>Defined by dotted keys (<c>a.b = 1</c>): only dotted keys of the same section may add to it.</summary>
    Dotted,

    /// <summary>An inline table (<c>{ … }</c>), closed once written.</summary>
    Inline,

    /// <summary>An element of an array of tables (<c>[[header]]</c>).</summary>
    ArrayElement,
}

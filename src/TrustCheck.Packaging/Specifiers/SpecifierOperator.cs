namespace TrustCheck.Packaging;

/// <summary>The comparison operators of PEP 440 version specifiers.</summary>
public enum SpecifierOperator
{
    /// <summary><c>~=</c>: compatible release.</summary>
    Compatible,

    /// <summary><c>==</c>: version matching (with optional <c>.*</c> prefix wildcard).</summary>
    Equal,

    /// <summary><c>!=</c>: version exclusion (with optional <c>.*</c> prefix wildcard).</summary>
    NotEqual,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;</c> (excludes pre-releases of the bound unless it is one).</summary>
    LessThan,

    /// <summary><c>&gt;</c> (excludes post-releases of the bound unless it is one).</summary>
    GreaterThan,

    /// <summary><c>===</c>: arbitrary (string) equality.</summary>
    ArbitraryEqual,
}

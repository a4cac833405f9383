using System.Diagnostics.CodeAnalysis;
using TrustCheck.Packaging.Ranges;
using TrustCheck.Packaging.Text;

namespace TrustCheck.Packaging;

/// <summary>
/// One PEP 440 version specifier clause, e.g. <c>&gt;=1.2</c>, <c>~=2.0.1</c>, <c>==3.*</c> or <c>===weird</c>.
/// Equality ignores the pre-release setting and compares canonical versions (<c>==1.0</c> equals <c>==1.0.0</c>).
/// </summary>
public sealed class VersionSpecifier : IEquatable<VersionSpecifier>
{
    private readonly bool? _prereleases;
    private readonly PythonVersion? _specVersion;
    private IReadOnlyList<VersionRange>? _ranges;

    private VersionSpecifier(SpecifierOperator op, string operatorText, string version, bool? prereleases)
    {
        Operator = op;
        OperatorText = operatorText;
        Version = version;
        _prereleases = prereleases;
        IsWildcard = version.EndsWith(".*", StringComparison.Ordinal);
        if (op != SpecifierOperator.ArbitraryEqual)
        {
            _specVersion = PythonVersion.Parse(IsWildcard ? version[..^2] : version);
        }
    }

    /// <summary>The operator.</summary>
    public SpecifierOperator Operator { get; }

    /// <summary>The operator as written: <c>~=</c>, <c>==</c>, <c>!=</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&gt;</c> or <c>===</c>.</summary>
    public string OperatorText { get; }

    /// <summary>The version as written (without surrounding white space), e.g. <c>1.0.*</c>.</summary>
    public string Version { get; }

    /// <summary>True for <c>==V.*</c> and <c>!=V.*</c>.</summary>
    public bool IsWildcard { get; }

    /// <summary>
    /// Whether pre-releases are accepted: the explicit setting when given; otherwise false for <c>!=</c> and
    /// wildcards, unknown (null) for <c>===</c>, and whether the specifier's own version is a pre-release.
    /// </summary>
    public bool? Prereleases
    {
        get
        {
            if (_prereleases is not null)
            {
                return _prereleases;
            }

            if (Operator == SpecifierOperator.NotEqual || (Operator == SpecifierOperator.Equal && IsWildcard))
            {
                return false;
            }

            return _specVersion?.IsPrerelease;
        }
    }

    internal bool? ExplicitPrereleases => _prereleases;

    internal IReadOnlyList<VersionRange> Ranges => _ranges ??= BuildRanges();

    /// <summary>Parses one specifier clause.</summary>
    /// <param name="text">The clause, e.g. <c>&gt;= 1.0</c>.</param>
    /// <param name="prereleases">Force pre-releases on or off; null for PEP 440's default.</param>
    /// <exception cref="FormatException">The text is not a valid specifier; the message names it.</exception>
    public static VersionSpecifier Parse(string text, bool? prereleases = null) =>
        TryParse(text, prereleases, out var specifier) ? specifier : throw new FormatException($"Invalid specifier: '{text}'.");

    /// <summary>Parses one specifier clause.</summary>
    /// <param name="text">The clause.</param>
    /// <param name="specifier">The specifier, when valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VersionSpecifier? specifier) =>
        TryParse(text, null, out specifier);

    /// <summary>Parses one specifier clause with a pre-release setting.</summary>
    /// <param name="text">The clause.</param>
    /// <param name="prereleases">Force pre-releases on or off; null for PEP 440's default.</param>
    /// <param name="specifier">The specifier, when valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, bool? prereleases, [NotNullWhen(true)] out VersionSpecifier? specifier)
    {
        specifier = null;
        if (text is null || !SpecifierGrammar.IsMatch(text))
        {
            return false;
        }

        var trimmed = AsciiText.TrimPython(text).ToString();
        var operatorText = trimmed.StartsWith("===", StringComparison.Ordinal) ? "==="
            : trimmed.Length >= 2 && trimmed[..2] is "~=" or "==" or "!=" or "<=" or ">=" ? trimmed[..2]
            : trimmed[..1];
        var version = AsciiText.TrimPython(trimmed.AsSpan(operatorText.Length)).ToString();
        specifier = new VersionSpecifier(OperatorFor(operatorText), operatorText, version, prereleases);
        return true;
    }

    /// <summary>Whether a version satisfies this specifier. With no pre-release setting, a pre-release that matches
    /// is accepted (PEP 440: a lone candidate is allowed).</summary>
    /// <param name="version">The version, as a string (compared verbatim by <c>===</c>) or parsed.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    public bool Contains(VersionCandidate version, bool? prereleases = null)
    {
        if (Operator == SpecifierOperator.ArbitraryEqual)
        {
            return Filter([version], c => c, prereleases).Any();
        }

        // A lone candidate: the PEP 440 default admits a matching pre-release, so only an explicit "no" excludes it.
        var effective = prereleases ?? _prereleases ?? (Prereleases == true ? true : null);
        return version.Parsed is { } parsed && !(effective == false && parsed.IsPrerelease) && VersionRanges.Contains(Ranges, parsed);
    }

    /// <summary>Whether a parsed version satisfies this specifier.</summary>
    /// <param name="version">The version.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    public bool Contains(PythonVersion version, bool? prereleases = null) => Contains(VersionCandidate.FromVersion(version), prereleases);

    /// <summary>Whether a version string satisfies this specifier (<c>===</c> compares it verbatim).</summary>
    /// <param name="version">The version as written.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    public bool Contains(string version, bool? prereleases = null) => Contains(VersionCandidate.FromText(version), prereleases);

    /// <summary>Keeps the items whose version satisfies this specifier, applying PEP 440's pre-release rule.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="key">The version of an item.</param>
    /// <param name="prereleases">Force pre-releases on or off; null for the specifier's setting or PEP 440's default.</param>
    public IEnumerable<T> Filter<T>(IEnumerable<T> items, Func<T, VersionCandidate> key, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        prereleases ??= _prereleases ?? (Prereleases == true ? true : null);
        if (Operator == SpecifierOperator.ArbitraryEqual)
        {
            return PrereleaseFilter.Apply(items.Where(item => string.Equals(key(item).DisplayText, Version, StringComparison.OrdinalIgnoreCase)), key, prereleases);
        }

        return PrereleaseFilter.ByRanges(Ranges, items, key, prereleases);
    }

    /// <summary>Keeps the version strings that satisfy this specifier.</summary>
    /// <param name="versions">The versions.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    public IEnumerable<string> Filter(IEnumerable<string> versions, bool? prereleases = null) =>
        Filter(versions, v => VersionCandidate.FromText(v), prereleases);

    /// <summary>Keeps the versions that satisfy this specifier.</summary>
    /// <param name="versions">The versions.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    public IEnumerable<PythonVersion> Filter(IEnumerable<PythonVersion> versions, bool? prereleases = null) =>
        Filter(versions, v => VersionCandidate.FromVersion(v), prereleases);

    /// <summary>The specifier as written, e.g. <c>&gt;=1.0</c>.</summary>
    public override string ToString() => OperatorText + Version;

    /// <inheritdoc />
    public bool Equals(VersionSpecifier? other) => other is not null && CanonicalText() == other.CanonicalText();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VersionSpecifier);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalText());

    /// <summary>Value equality (canonical operator and version).</summary>
    public static bool operator ==(VersionSpecifier? left, VersionSpecifier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(VersionSpecifier? left, VersionSpecifier? right) => !(left == right);

    internal VersionSpecifier WithPrereleases(bool? prereleases) => new(Operator, OperatorText, Version, prereleases);

    private string CanonicalText() =>
        Operator == SpecifierOperator.ArbitraryEqual || IsWildcard
            ? OperatorText + "\u0000" + Version
            : OperatorText + "\u0000" + PythonVersion.Canonicalize(_specVersion!.ToString(), stripTrailingZero: Operator != SpecifierOperator.Compatible);

    private IReadOnlyList<VersionRange> BuildRanges()
    {
        if (Operator == SpecifierOperator.ArbitraryEqual)
        {
            return VersionRanges.Full;
        }

        return IsWildcard
            ? VersionRanges.ForWildcard(Operator, _specVersion!)
            : VersionRanges.ForOperator(Operator, _specVersion!, Version.Contains('+', StringComparison.Ordinal));
    }

    private static SpecifierOperator OperatorFor(string text) => text switch
    {
        "~=" => SpecifierOperator.Compatible,
        "==" => SpecifierOperator.Equal,
        "!=" => SpecifierOperator.NotEqual,
        "<=" => SpecifierOperator.LessThanOrEqual,
        ">=" => SpecifierOperator.GreaterThanOrEqual,
        "<" => SpecifierOperator.LessThan,
        ">" => SpecifierOperator.GreaterThan,
        _ => SpecifierOperator.ArbitraryEqual,
    };
}

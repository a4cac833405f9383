using System.Diagnostics.CodeAnalysis;
using TrustCheck.Packaging.Ranges;

namespace TrustCheck.Packaging;

/// <summary>
/// A comma-separated set of PEP 440 specifiers that must all hold (<c>&gt;=1.0,!=1.3.*,&lt;2</c>); empty accepts
/// every version. Equality ignores order, duplicates and the pre-release setting; the string form is sorted.
/// </summary>
public sealed class VersionSpecifierSet : IEquatable<VersionSpecifierSet>
{
    private readonly bool? _prereleases;
    private IReadOnlyList<VersionSpecifier>? _canonical;
    private IReadOnlyList<VersionRange>? _ranges;

    /// <summary>Creates a set from specifiers.</summary>
    /// <param name="specifiers">The clauses.</param>
    /// <param name="prereleases">Force pre-releases on or off; null for the clauses' and PEP 440's defaults.</param>
    public VersionSpecifierSet(IEnumerable<VersionSpecifier> specifiers, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(specifiers);
        Specifiers = [.. specifiers];
        _prereleases = prereleases;
        HasArbitrary = Specifiers.Any(s => s.Operator == SpecifierOperator.ArbitraryEqual);
    }

    /// <summary>The empty set, which every version satisfies.</summary>
    public static VersionSpecifierSet Empty { get; } = new([]);

    /// <summary>The clauses, in the order given.</summary>
    public IReadOnlyList<VersionSpecifier> Specifiers { get; }

    /// <summary>The number of clauses.</summary>
    public int Count => Specifiers.Count;

    /// <summary>True when the set has no clause.</summary>
    public bool IsEmpty => Specifiers.Count == 0;

    /// <summary>The explicit setting when given; otherwise true when any clause implies pre-releases, else null.</summary>
    public bool? Prereleases => _prereleases ?? (Specifiers.Count == 0 ? null : Specifiers.Any(s => s.Prereleases == true) ? true : null);

    /// <summary>The explicit pre-release setting given at construction, if any.</summary>
    public bool? ExplicitPrereleases => _prereleases;

    private bool HasArbitrary { get; }

    private IReadOnlyList<VersionSpecifier> Canonical => _canonical ??=
        [.. Specifiers.OrderBy(s => s.ToString(), StringComparer.Ordinal).Distinct()];

    private IReadOnlyList<VersionRange> Ranges => _ranges ??= Specifiers.Count == 0
        ? VersionRanges.Full
        : Specifiers.Skip(1).Aggregate(Specifiers[0].Ranges, (acc, s) => acc.Count == 0 ? acc : VersionRanges.Intersect(acc, s.Ranges));

    /// <summary>Parses a comma-separated specifier set (may be empty).</summary>
    /// <param name="text">The set, e.g. <c>&gt;=1.0, &lt;2</c>.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    /// <exception cref="FormatException">A clause is not a valid specifier; the message names it.</exception>
    public static VersionSpecifierSet Parse(string text, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, prereleases, out var set, out var bad) ? set : throw new FormatException($"Invalid specifier: '{bad}' in '{text}'.");
    }

    /// <summary>Parses a comma-separated specifier set.</summary>
    /// <param name="text">The set.</param>
    /// <param name="set">The set, when every clause is valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VersionSpecifierSet? set) =>
        TryParse(text, null, out set, out _);

    /// <summary>Parses a comma-separated specifier set with a pre-release setting.</summary>
    /// <param name="text">The set.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    /// <param name="set">The set, when every clause is valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, bool? prereleases, [NotNullWhen(true)] out VersionSpecifierSet? set) =>
        TryParse(text, prereleases, out set, out _);

    private static bool TryParse(string? text, bool? prereleases, [NotNullWhen(true)] out VersionSpecifierSet? set, out string? invalidClause)
    {
        set = null;
        invalidClause = text;
        if (text is null)
        {
            return false;
        }

        var clauses = new List<VersionSpecifier>();
        foreach (var part in text.Split(','))
        {
            var clause = Text.AsciiText.TrimPython(part).ToString();
            if (clause.Length == 0)
            {
                continue;
            }

            if (!VersionSpecifier.TryParse(clause, out var specifier))
            {
                invalidClause = clause;
                return false;
            }

            clauses.Add(specifier);
        }

        set = new VersionSpecifierSet(clauses, prereleases);
        return true;
    }

    /// <summary>Whether a version satisfies every clause.</summary>
    /// <param name="version">The version, as a string (compared verbatim by <c>===</c>) or parsed.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    /// <param name="installed">The version is already installed: a pre-release is then accepted even if excluded.</param>
    public bool Contains(VersionCandidate version, bool? prereleases = null, bool installed = false)
    {
        if (version.Parsed is { IsPrerelease: true } && installed)
        {
            prereleases = true;
        }

        if (version.Parsed is { } parsed && !HasArbitrary)
        {
            // A lone candidate: the PEP 440 default admits a matching pre-release, so only an explicit "no" excludes it.
            return !((prereleases ?? Prereleases) == false && parsed.IsPrerelease) && (Specifiers.Count == 0 || VersionRanges.Contains(Ranges, parsed));
        }

        var candidate = version.Parsed is { } known && !(HasArbitrary && version.Text is not null) ? VersionCandidate.FromVersion(known) : version;
        return Filter([candidate], c => c, prereleases).Any();
    }

    /// <summary>Whether a parsed version satisfies every clause.</summary>
    /// <param name="version">The version.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    /// <param name="installed">The version is already installed: a pre-release is then accepted even if excluded.</param>
    public bool Contains(PythonVersion version, bool? prereleases = null, bool installed = false) =>
        Contains(VersionCandidate.FromVersion(version), prereleases, installed);

    /// <summary>Whether a version string satisfies every clause (<c>===</c> compares it verbatim).</summary>
    /// <param name="version">The version as written.</param>
    /// <param name="prereleases">Force pre-releases on or off for this check.</param>
    /// <param name="installed">The version is already installed: a pre-release is then accepted even if excluded.</param>
    public bool Contains(string version, bool? prereleases = null, bool installed = false) =>
        Contains(VersionCandidate.FromText(version), prereleases, installed);

    /// <summary>Keeps the items whose version satisfies every clause, applying PEP 440's pre-release rule.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="key">The version of an item.</param>
    /// <param name="prereleases">Force pre-releases on or off; null for the set's setting or PEP 440's default.</param>
    public IEnumerable<T> Filter<T>(IEnumerable<T> items, Func<T, VersionCandidate> key, bool? prereleases = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        prereleases ??= Prereleases;
        if (Specifiers.Count == 0)
        {
            return PrereleaseFilter.Apply(items, key, prereleases);
        }

        if (HasArbitrary)
        {
            var matches = items.Where(item => Specifiers.All(s => s.Contains(key(item), prereleases: true)));
            return PrereleaseFilter.Apply(matches, key, prereleases);
        }

        return PrereleaseFilter.ByRanges(Ranges, items, key, prereleases);
    }

    /// <summary>Keeps the version strings that satisfy every clause.</summary>
    /// <param name="versions">The versions.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    public IEnumerable<string> Filter(IEnumerable<string> versions, bool? prereleases = null) =>
        Filter(versions, v => VersionCandidate.FromText(v), prereleases);

    /// <summary>Keeps the versions that satisfy every clause.</summary>
    /// <param name="versions">The versions.</param>
    /// <param name="prereleases">Force pre-releases on or off.</param>
    public IEnumerable<PythonVersion> Filter(IEnumerable<PythonVersion> versions, bool? prereleases = null) =>
        Filter(versions, v => VersionCandidate.FromVersion(v), prereleases);

    /// <summary>True when no version can satisfy every clause (with the set's pre-release setting).</summary>
    public bool IsUnsatisfiable()
    {
        if (Specifiers.Count == 0)
        {
            return false;
        }

        if (Ranges.Count == 0 || ArbitraryIsUnsatisfiable())
        {
            return true;
        }

        return Prereleases == false && VersionRanges.ArePrereleaseOnly(Ranges);
    }

    /// <summary>True when every version this set accepts, <paramref name="other"/> accepts too.</summary>
    /// <param name="other">The other set.</param>
    /// <exception cref="InvalidOperationException">A set uses <c>===</c>, or their pre-release settings conflict.</exception>
    public bool IsSubsetOf(VersionSpecifierSet other)
    {
        EnsureComparable(other);
        return VersionRanges.IsSubset(Ranges, other.Ranges);
    }

    /// <summary>True when every version <paramref name="other"/> accepts, this set accepts too.</summary>
    /// <param name="other">The other set.</param>
    /// <exception cref="InvalidOperationException">A set uses <c>===</c>, or their pre-release settings conflict.</exception>
    public bool IsSupersetOf(VersionSpecifierSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.IsSubsetOf(this);
    }

    /// <summary>True when no version satisfies both sets.</summary>
    /// <param name="other">The other set.</param>
    /// <exception cref="InvalidOperationException">A set uses <c>===</c>, or their pre-release settings conflict.</exception>
    public bool IsDisjointFrom(VersionSpecifierSet other)
    {
        EnsureComparable(other);
        return VersionRanges.Intersect(Ranges, other.Ranges).Count == 0;
    }

    /// <summary>The set requiring both sets' clauses.</summary>
    /// <param name="other">The other set.</param>
    /// <exception cref="InvalidOperationException">One set forces pre-releases on and the other off.</exception>
    public VersionSpecifierSet Intersect(VersionSpecifierSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        bool? prereleases;
        if (_prereleases is null || _prereleases == other._prereleases)
        {
            prereleases = other._prereleases;
        }
        else if (other._prereleases is null)
        {
            prereleases = _prereleases;
        }
        else
        {
            throw new InvalidOperationException("Cannot combine specifier sets that force pre-releases on and off.");
        }

        return new VersionSpecifierSet(Specifiers.Concat(other.Specifiers), prereleases);
    }

    /// <summary>The set requiring both sets' clauses.</summary>
    public static VersionSpecifierSet operator &(VersionSpecifierSet left, VersionSpecifierSet right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Intersect(right);
    }

    /// <summary>The clauses sorted and without duplicates, joined by commas.</summary>
    public override string ToString() => string.Join(',', Canonical);

    /// <inheritdoc />
    public bool Equals(VersionSpecifierSet? other) => other is not null && Canonical.SequenceEqual(other.Canonical);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VersionSpecifierSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var specifier in Canonical)
        {
            hash.Add(specifier);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(VersionSpecifierSet? left, VersionSpecifierSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(VersionSpecifierSet? left, VersionSpecifierSet? right) => !(left == right);

    private void EnsureComparable(VersionSpecifierSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (HasArbitrary || other.HasArbitrary)
        {
            throw new InvalidOperationException("Set relations are undefined for specifier sets that use '==='.");
        }

        if (Prereleases is { } mine && other.Prereleases is { } theirs && mine != theirs)
        {
            throw new InvalidOperationException("Set relations are undefined for specifier sets with different pre-release settings.");
        }
    }

    private bool ArbitraryIsUnsatisfiable()
    {
        var arbitrary = Specifiers.Where(s => s.Operator == SpecifierOperator.ArbitraryEqual).ToList();
        if (arbitrary.Count == 0)
        {
            return false;
        }

        var first = arbitrary[0].Version;
        if (arbitrary.Skip(1).Any(s => !string.Equals(s.Version, first, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var candidate = PythonVersion.TryParse(first, out var parsed) ? parsed : null;
        if (Prereleases == false && candidate is { IsPrerelease: true })
        {
            return true;
        }

        var standard = Specifiers.Where(s => s.Operator != SpecifierOperator.ArbitraryEqual).ToList();
        if (standard.Count == 0)
        {
            return false;
        }

        return candidate is null || !standard.All(s => s.Contains(candidate));
    }
}

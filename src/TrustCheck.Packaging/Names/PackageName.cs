using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Packaging;

/// <summary>
/// A Python project name compared by its PEP 503 normalized form: lower case, with every run of <c>-</c>, <c>_</c>
/// and <c>.</c> replaced by a single <c>-</c>. <c>Foo.Bar</c>, <c>foo_bar</c> and <c>FOO--bar</c> are one name.
/// </summary>
public readonly struct PackageName : IEquatable<PackageName>, IComparable<PackageName>
{
    private readonly string? _original;
    private readonly string? _normalized;

    private PackageName(string original, string normalized)
    {
        _original = original;
        _normalized = normalized;
    }

    /// <summary>The name as it was written.</summary>
    public string Original => _original ?? string.Empty;

    /// <summary>The PEP 503 normalized form, used for equality.</summary>
    public string Normalized => _normalized ?? string.Empty;

    /// <summary>Normalizes a name per PEP 503 without validating it (what <c>canonicalize_name</c> does).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The lower-cased name with each run of <c>-_.</c> collapsed to <c>-</c>.</returns>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NormalizeCore(name);
    }

    /// <summary>True when <paramref name="name"/> is a valid project name (PEP 508: ASCII letters, digits, and
    /// <c>-_.</c> between them).</summary>
    /// <param name="name">The name.</param>
    public static bool IsValid([NotNullWhen(true)] string? name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> is already in PEP 503 normalized form.</summary>
    /// <param name="name">The name.</param>
    public static bool IsNormalized(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsValid(name) && string.Equals(NormalizeCore(name), name, StringComparison.Ordinal);
    }

    /// <summary>Parses a project name, rejecting invalid names.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="FormatException">The name is not a valid project name.</exception>
    public static PackageName Parse(string name) =>
        TryParse(name, out var result) ? result : throw new FormatException($"'{name}' is not a valid Python project name.");

    /// <summary>Parses a project name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="result">The parsed name, when valid.</param>
    /// <returns>False when the name is not a valid project name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out PackageName result)
    {
        if (!IsValid(name))
        {
            result = default;
            return false;
        }

        result = new PackageName(name, NormalizeCore(name));
        return true;
    }

    /// <summary>
    /// A name as file-name parsers read it: normalized, but not held to PEP 508's character rules (sdist file names
    /// such as <c>foo..bar-1.0.tar.gz</c> are accepted by installers).
    /// </summary>
    internal static PackageName FromUnvalidated(string name) => new(name, NormalizeCore(name));

    private static string NormalizeCore(string name)
    {
        if (IsAlreadyNormalized(name))
        {
            return name;
        }

        var builder = new System.Text.StringBuilder(name.Length);
        var previousWasSeparator = false;
        foreach (var c in name)
        {
            var isSeparator = c is '-' or '_' or '.';
            if (isSeparator && !previousWasSeparator)
            {
                builder.Append('-');
            }
            else if (!isSeparator)
            {
                // Python's str.lower() folds non-ASCII letters too; invariant lower-casing is the closest match.
                builder.Append(char.ToLowerInvariant(c));
            }

            previousWasSeparator = isSeparator;
        }

        return builder.ToString();
    }

    private static bool IsAlreadyNormalized(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '.' || char.ToLowerInvariant(c) != c || (c == '-' && i + 1 < name.Length && name[i + 1] == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(PackageName other) => string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PackageName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <inheritdoc />
    public int CompareTo(PackageName other) => string.CompareOrdinal(Normalized, other.Normalized);

    /// <summary>The normalized form.</summary>
    public override string ToString() => Normalized;

    /// <summary>Equality on the normalized form.</summary>
    public static bool operator ==(PackageName left, PackageName right) => left.Equals(right);

    /// <summary>Inequality on the normalized form.</summary>
    public static bool operator !=(PackageName left, PackageName right) => !left.Equals(right);

    /// <summary>Ordinal order of the normalized forms.</summary>
    public static bool operator <(PackageName left, PackageName right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of the normalized forms.</summary>
    public static bool operator <=(PackageName left, PackageName right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of the normalized forms.</summary>
    public static bool operator >(PackageName left, PackageName right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of the normalized forms.</summary>
    public static bool operator >=(PackageName left, PackageName right) => left.CompareTo(right) >= 0;
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using TrustCheck.Packaging.Parsing;

namespace TrustCheck.Packaging;

/// <summary>
/// A PEP 508 dependency specifier: <c>name[extras] specifier ; marker</c> or <c>name[extras] @ url ; marker</c>,
/// including the legacy <c>name (specifier)</c> form. Equality normalizes the name and extras (PEP 503/685) and
/// compares specifiers and markers by value.
/// </summary>
public sealed class Requirement : IEquatable<Requirement>
{
    private Requirement(string name, IReadOnlyList<string> extras, VersionSpecifierSet specifier, string? url, MarkerExpression? marker)
    {
        Name = name;
        Extras = extras;
        Specifier = specifier;
        Url = url;
        Marker = marker;
        PackageName = PackageName.FromUnvalidated(name);
    }

    /// <summary>The project name as written.</summary>
    public string Name { get; }

    /// <summary>The project name, normalized for comparison.</summary>
    public PackageName PackageName { get; }

    /// <summary>The extras as written, sorted and without duplicates.</summary>
    public IReadOnlyList<string> Extras { get; }

    /// <summary>The version specifier (empty when the requirement has none or names a URL).</summary>
    public VersionSpecifierSet Specifier { get; }

    /// <summary>The direct URL after <c>@</c>, or null.</summary>
    public string? Url { get; }

    /// <summary>The environment marker after <c>;</c>, or null.</summary>
    public MarkerExpression? Marker { get; }

    /// <summary>Parses a requirement.</summary>
    /// <param name="text">The requirement, e.g. <c>requests[security]&gt;=2.8.1; python_version &lt; "3.9"</c>.</param>
    /// <exception cref="DependencySyntaxException">The text is not a valid requirement; the message points at the problem.</exception>
    public static Requirement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = RequirementParser.Parse(text);
        VersionSpecifierSet specifier;
        try
        {
            specifier = VersionSpecifierSet.Parse(parsed.Specifier);
        }
        catch (FormatException error)
        {
            throw new DependencySyntaxException(error.Message, text, 0, text.Length);
        }

        var extras = parsed.Extras.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var marker = parsed.Marker is null ? null : MarkerExpression.FromTree(parsed.Marker);
        return new Requirement(parsed.Name, extras, specifier, string.IsNullOrEmpty(parsed.Url) ? null : parsed.Url, marker);
    }

    /// <summary>Parses a requirement.</summary>
    /// <param name="text">The requirement.</param>
    /// <param name="requirement">The requirement, when valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Requirement? requirement)
    {
        requirement = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            requirement = Parse(text);
            return true;
        }
        catch (DependencySyntaxException)
        {
            return false;
        }
    }

    /// <summary>The requirement in canonical PEP 508 form, e.g. <c>requests[security]&gt;=2.8.1; python_version &lt; "3.9"</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Name);
        if (Extras.Count > 0)
        {
            builder.Append('[').AppendJoin(',', Extras).Append(']');
        }

        if (!Specifier.IsEmpty)
        {
            builder.Append(Specifier);
        }

        if (Url is not null)
        {
            builder.Append(" @ ").Append(Url);
            if (Marker is not null)
            {
                builder.Append(' ');
            }
        }

        if (Marker is not null)
        {
            builder.Append("; ").Append(Marker);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Requirement? other) =>
        other is not null && PackageName == other.PackageName && NormalizedExtras().SetEquals(other.NormalizedExtras()) &&
        Specifier == other.Specifier && Url == other.Url && Marker == other.Marker;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Requirement);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(PackageName, string.Join(',', NormalizedExtras().Order(StringComparer.Ordinal)), Specifier, Url, Marker);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Requirement? left, Requirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Requirement? left, Requirement? right) => !(left == right);

    private HashSet<string> NormalizedExtras() => Extras.Select(PackageName.Normalize).ToHashSet(StringComparer.Ordinal);
}

namespace TrustCheck.Packaging;

/// <summary>
/// Something to test against a specifier: a version string as written (which <c>===</c> compares verbatim and which
/// may not be a valid version at all) or an already parsed <see cref="PythonVersion"/>.
/// </summary>
public readonly struct VersionCandidate : IEquatable<VersionCandidate>
{
    private VersionCandidate(string? text, PythonVersion? parsed)
    {
        Text = text;
        Parsed = parsed;
    }

    /// <summary>The string as written, or null for a parsed version.</summary>
    public string? Text { get; }

    /// <summary>The parsed version, or null when the text is not a PEP 440 version.</summary>
    public PythonVersion? Parsed { get; }

    /// <summary>What <c>===</c> compares: the raw text, or a parsed version's normalized form.</summary>
    public string DisplayText => Text ?? Parsed?.ToString() ?? string.Empty;

    /// <summary>A candidate from a version string (parsed when it is valid).</summary>
    /// <param name="text">The version string.</param>
    public static VersionCandidate FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, PythonVersion.TryParse(text, out var parsed) ? parsed : null);
    }

    /// <summary>A candidate from a parsed version.</summary>
    /// <param name="version">The version.</param>
    public static VersionCandidate FromVersion(PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(null, version);
    }

    /// <summary>Converts a version string.</summary>
    public static implicit operator VersionCandidate(string text) => FromText(text);

    /// <summary>Converts a parsed version.</summary>
    public static implicit operator VersionCandidate(PythonVersion version) => FromVersion(version);

    /// <inheritdoc />
    public bool Equals(VersionCandidate other) => Text == other.Text && Equals(Parsed, other.Parsed);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VersionCandidate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Parsed);

    /// <summary>Equality of text and parsed version.</summary>
    public static bool operator ==(VersionCandidate left, VersionCandidate right) => left.Equals(right);

    /// <summary>Inequality of text or parsed version.</summary>
    public static bool operator !=(VersionCandidate left, VersionCandidate right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => DisplayText;
}

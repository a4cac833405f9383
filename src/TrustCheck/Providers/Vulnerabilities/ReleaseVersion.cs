using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>The inspected release's version: as written, and as PEP 440 when it is one.</summary>
internal sealed class ReleaseVersion
{
    /// <summary>Reads a version string.</summary>
    /// <param name="text">The version as published.</param>
    public ReleaseVersion(string text)
    {
        Text = text;
        Parsed = PythonVersion.TryParse(text, out var parsed) ? parsed : null;
    }

    /// <summary>The version as published.</summary>
    public string Text { get; }

    /// <summary>The PEP 440 version, or null for a legacy version that is not one.</summary>
    public PythonVersion? Parsed { get; }

    /// <summary>
    /// Whether a version string names this release: PEP 440 equality when both parse (<c>0.12.01</c> is
    /// <c>0.12.1</c>), otherwise the exact string.
    /// </summary>
    /// <param name="other">The other version string.</param>
    /// <returns>True when they are the same release.</returns>
    public bool IsSameAs(string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(other, Text, StringComparison.Ordinal))
        {
            return true;
        }

        return Parsed is not null && PythonVersion.TryParse(other, out var parsed) && parsed == Parsed;
    }
}

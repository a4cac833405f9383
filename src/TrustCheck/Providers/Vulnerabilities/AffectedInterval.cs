using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>
/// One affected interval of an OSV ECOSYSTEM range, in PEP 440 order: from <see cref="Introduced"/> (inclusive; null
/// means from the first version) up to <see cref="Fixed"/> (exclusive) or <see cref="LastAffected"/> (inclusive), or
/// open-ended when neither is known.
/// </summary>
/// <param name="Introduced">The first affected version, or null for "0".</param>
/// <param name="IntroducedText">How the record wrote the first affected version.</param>
/// <param name="Fixed">The first fixed version, or null.</param>
/// <param name="FixedText">How the record wrote the fixed version.</param>
/// <param name="LastAffected">The last affected version, or null.</param>
/// <param name="LastAffectedText">How the record wrote the last affected version.</param>
internal sealed record AffectedInterval(
    PythonVersion? Introduced,
    string IntroducedText,
    PythonVersion? Fixed,
    string? FixedText,
    PythonVersion? LastAffected,
    string? LastAffectedText)
{
    /// <summary>Whether the interval contains a version.</summary>
    /// <param name="version">The version.</param>
    /// <returns>True when it is affected by this interval.</returns>
    public bool Contains(PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Introduced is not null && version < Introduced)
        {
            return false;
        }

        if (Fixed is not null)
        {
            return version < Fixed;
        }

        return LastAffected is null || version <= LastAffected;
    }

    /// <summary>The interval as a specifier-like text: <c>&gt;=0, &lt;1.26.17</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var lower = $">={IntroducedText}";
        return FixedText is not null ? $"{lower}, <{FixedText}"
            : LastAffectedText is not null ? $"{lower}, <={LastAffectedText}"
            : lower;
    }
}

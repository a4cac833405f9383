using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>
/// A version as an OSV ECOSYSTEM range event for PyPI states it: <c>"0"</c> (before every version), a PEP 440 version,
/// or text that is not a version at all (never a crash: the caller decides how to be conservative about it).
/// </summary>
internal readonly record struct OsvVersion
{
    private OsvVersion(string text, PythonVersion? parsed, bool isZero)
    {
        Text = text;
        Parsed = parsed;
        IsZero = isZero;
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The PEP 440 version, when the text is one and is not the <c>"0"</c> sentinel.</summary>
    public PythonVersion? Parsed { get; }

    /// <summary>Whether this is the <c>"0"</c> sentinel of an <c>introduced</c> event: before every version.</summary>
    public bool IsZero { get; }

    /// <summary>Whether the text could not be understood.</summary>
    public bool IsUnparseable => !IsZero && Parsed is null;

    /// <summary>Reads an event version.</summary>
    /// <param name="text">The text.</param>
    /// <param name="introduced">Whether it is an <c>introduced</c> event, where <c>"0"</c> is the sentinel.</param>
    /// <returns>The version.</returns>
    public static OsvVersion Of(string text, bool introduced) =>
        introduced && text == "0" ? new OsvVersion(text, null, isZero: true)
        : new OsvVersion(text, PythonVersion.TryParse(text, out var parsed) ? parsed : null, isZero: false);
}

using TrustCheck.Packaging.Text;
using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>The pre-release segment of a PEP 440 version, e.g. <c>rc1</c>.</summary>
/// <param name="Label">The kind of pre-release.</param>
/// <param name="Number">Its number (0 when the version omits it).</param>
public readonly record struct PreRelease(PreReleaseLabel Label, long Number) : IComparable<PreRelease>
{
    /// <summary>The normalized label: <c>a</c>, <c>b</c> or <c>rc</c>.</summary>
    public string LabelText => Label switch
    {
        PreReleaseLabel.Alpha => "a",
        PreReleaseLabel.Beta => "b",
        _ => "rc",
    };

    /// <summary>Creates a pre-release from any PEP 440 spelling of its label (<c>a</c>, <c>alpha</c>, <c>B</c>,
    /// <c>c</c>, <c>pre</c>, <c>preview</c>, <c>rc</c>…), case-insensitively.</summary>
    /// <param name="label">The label as written.</param>
    /// <param name="number">The number.</param>
    /// <exception cref="FormatException">The label is not a PEP 440 pre-release label.</exception>
    public static PreRelease Create(string label, long number) =>
        TryParseLabel(label, out var parsed)
            ? new PreRelease(parsed, number)
            : throw new FormatException($"'{label}' is not a PEP 440 pre-release label.");

    internal static bool TryParseLabel(string label, out PreReleaseLabel parsed)
    {
        switch (AsciiText.ToLower(label.ToString()))
        {
            case "a" or "alpha":
                parsed = PreReleaseLabel.Alpha;
                return true;
            case "b" or "beta":
                parsed = PreReleaseLabel.Beta;
                return true;
            case "c" or "rc" or "pre" or "preview":
                parsed = PreReleaseLabel.ReleaseCandidate;
                return true;
            default:
                parsed = default;
                return false;
        }
    }

    /// <inheritdoc />
    public int CompareTo(PreRelease other)
    {
        var byLabel = Label.CompareTo(other.Label);
        return byLabel != 0 ? byLabel : Number.CompareTo(other.Number);
    }

    /// <summary>Pre-release ordering: label first, then number.</summary>
    public static bool operator <(PreRelease left, PreRelease right) => left.CompareTo(right) < 0;

    /// <summary>Pre-release ordering.</summary>
    public static bool operator <=(PreRelease left, PreRelease right) => left.CompareTo(right) <= 0;

    /// <summary>Pre-release ordering.</summary>
    public static bool operator >(PreRelease left, PreRelease right) => left.CompareTo(right) > 0;

    /// <summary>Pre-release ordering.</summary>
    public static bool operator >=(PreRelease left, PreRelease right) => left.CompareTo(right) >= 0;

    /// <summary>The normalized form, e.g. <c>rc1</c>.</summary>
    public override string ToString() => LabelText + Number.ToString(CultureInfo.InvariantCulture);
}

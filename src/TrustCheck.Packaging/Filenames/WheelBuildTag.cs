using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>A wheel's optional build tag: a number and a suffix (<c>1000abc</c> → 1000, "abc"); higher builds sort later.</summary>
/// <param name="Number">The leading number.</param>
/// <param name="Suffix">The rest of the tag.</param>
public readonly record struct WheelBuildTag(long Number, string Suffix) : IComparable<WheelBuildTag>
{
    /// <inheritdoc />
    public int CompareTo(WheelBuildTag other)
    {
        var byNumber = Number.CompareTo(other.Number);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(Suffix, other.Suffix);
    }

    /// <summary>Build-tag ordering.</summary>
    public static bool operator <(WheelBuildTag left, WheelBuildTag right) => left.CompareTo(right) < 0;

    /// <summary>Build-tag ordering.</summary>
    public static bool operator <=(WheelBuildTag left, WheelBuildTag right) => left.CompareTo(right) <= 0;

    /// <summary>Build-tag ordering.</summary>
    public static bool operator >(WheelBuildTag left, WheelBuildTag right) => left.CompareTo(right) > 0;

    /// <summary>Build-tag ordering.</summary>
    public static bool operator >=(WheelBuildTag left, WheelBuildTag right) => left.CompareTo(right) >= 0;

    /// <summary>The tag as written in a file name.</summary>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + Suffix;
}

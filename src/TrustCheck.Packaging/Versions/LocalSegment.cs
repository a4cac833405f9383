using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>One dot-separated part of a PEP 440 local version label: a number or a lower-case word.</summary>
internal readonly record struct LocalSegment(long Number, string? Word) : IComparable<LocalSegment>
{
    public bool IsNumber => Word is null;

    /// <summary>PEP 440: numeric segments sort after alphanumeric ones; numbers by value, words lexically.</summary>
    public int CompareTo(LocalSegment other) => (IsNumber, other.IsNumber) switch
    {
        (true, true) => Number.CompareTo(other.Number),
        (false, false) => string.CompareOrdinal(Word, other.Word),
        (true, false) => 1,
        (false, true) => -1,
    };

    public override string ToString() => Word ?? Number.ToString(CultureInfo.InvariantCulture);
}

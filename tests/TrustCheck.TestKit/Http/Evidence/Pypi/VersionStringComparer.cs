using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>Orders version strings by PEP 440 (<see cref="PythonVersion"/>); strings that do not parse sort last, ordinally.</summary>
internal sealed class VersionStringComparer : IComparer<string>
{
    public static VersionStringComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = PythonVersion.TryParse(x, out var a) ? a : null;
        var right = PythonVersion.TryParse(y, out var b) ? b : null;
        return (left, right) switch
        {
            (not null, not null) => left.CompareTo(right) is var order && order != 0 ? order : string.CompareOrdinal(x, y),
            (not null, null) => -1,
            (null, not null) => 1,
            _ => string.CompareOrdinal(x, y),
        };
    }
}

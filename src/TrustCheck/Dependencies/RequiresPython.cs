using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>Whether a <c>Requires-Python</c> value admits the target interpreter.</summary>
internal static class RequiresPython
{
    /// <summary>
    /// True when the value is absent, empty, or admits <paramref name="python"/>. An unparseable value admits every
    /// interpreter, as pip does ("ignoring invalid Requires-Python").
    /// </summary>
    /// <param name="requiresPython">The specifier set, as published.</param>
    /// <param name="python">The target interpreter's full version.</param>
    public static bool Admits(string? requiresPython, PythonVersion python) =>
        string.IsNullOrWhiteSpace(requiresPython)
        || !VersionSpecifierSet.TryParse(requiresPython, out var specifier)
        || specifier.Contains(python, prereleases: true);
}

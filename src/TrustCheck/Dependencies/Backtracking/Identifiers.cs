using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>The resolver's identifiers, spelt as pip spells them (they break ties between equally preferred names).</summary>
internal static class Identifiers
{
    /// <summary>The identifier of the target interpreter.</summary>
    public const string Python = "<Python from Requires-Python>";

    /// <summary><c>name</c>, or <c>name[extra1,extra2]</c> with the extras sorted.</summary>
    public static string Of(PackageName name, IReadOnlyCollection<string> extras) =>
        extras.Count == 0 ? name.Normalized : $"{name.Normalized}[{string.Join(',', extras.Order(StringComparer.Ordinal))}]";

    /// <summary>Extras as identifiers spell them: PEP 685-normalised, without repeats, sorted.</summary>
    public static List<string> Extras(IEnumerable<string>? extras) =>
        [.. (extras ?? []).Select(PackageName.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

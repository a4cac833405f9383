using System.Text;

namespace TrustCheck.Providers.Repositories;

/// <summary>PEP 753 label handling: normalisation (lower case, punctuation and whitespace removed) and well-known kinds.</summary>
internal static class ProjectUrlLabel
{
    private static readonly Dictionary<string, ProjectUrlKind> WellKnown = new(StringComparer.Ordinal)
    {
        ["homepage"] = ProjectUrlKind.Homepage,
        ["home"] = ProjectUrlKind.Homepage,
        ["source"] = ProjectUrlKind.Source,
        ["repository"] = ProjectUrlKind.Source,
        ["sourcecode"] = ProjectUrlKind.Source,
        ["github"] = ProjectUrlKind.Source,
        ["gitlab"] = ProjectUrlKind.Source,
        ["code"] = ProjectUrlKind.Source,
        ["repo"] = ProjectUrlKind.Source,
        ["git"] = ProjectUrlKind.Source,
        ["download"] = ProjectUrlKind.Download,
        ["issues"] = ProjectUrlKind.Issues,
        ["issue"] = ProjectUrlKind.Issues,
        ["bugs"] = ProjectUrlKind.Issues,
        ["bugreports"] = ProjectUrlKind.Issues,
        ["tracker"] = ProjectUrlKind.Issues,
        ["issuetracker"] = ProjectUrlKind.Issues,
        ["bugtracker"] = ProjectUrlKind.Issues,
        ["documentation"] = ProjectUrlKind.Documentation,
        ["docs"] = ProjectUrlKind.Documentation,
        ["changelog"] = ProjectUrlKind.Changelog,
        ["changes"] = ProjectUrlKind.Changelog,
        ["whatsnew"] = ProjectUrlKind.Changelog,
        ["history"] = ProjectUrlKind.Changelog,
        ["releasenotes"] = ProjectUrlKind.Changelog,
        ["funding"] = ProjectUrlKind.Funding,
        ["sponsor"] = ProjectUrlKind.Funding,
        ["donate"] = ProjectUrlKind.Funding,
        ["donation"] = ProjectUrlKind.Funding,
    };

    /// <summary>Normalises a label the PEP 753 way: <c>Home-Page</c>, <c>home page</c> and <c>homepage</c> are all <c>homepage</c>.</summary>
    /// <param name="label">The label as published.</param>
    /// <returns>The normalised label.</returns>
    public static string Normalize(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The kind of a normalised label.</summary>
    /// <param name="normalizedLabel">A label normalised with <see cref="Normalize"/>.</param>
    /// <returns>The kind, <see cref="ProjectUrlKind.Other"/> when the label is not well known.</returns>
    public static ProjectUrlKind KindOf(string normalizedLabel) =>
        WellKnown.TryGetValue(normalizedLabel, out var kind) ? kind : ProjectUrlKind.Other;
}

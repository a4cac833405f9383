using System.Globalization;
using System.Text;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// A generated dependency graph: projects with releases whose requirements point at each other, and one root asked
/// for at a pinned version. Made by <see cref="GraphGenerator"/>; the same seed and features always give the same graph.
/// </summary>
/// <param name="Seed">The seed it was generated from.</param>
/// <param name="Features">The feature rates actually used (after the per-seed variation).</param>
/// <param name="Projects">The projects, root first; names are unique.</param>
/// <param name="RootName">The root project's name.</param>
/// <param name="RootVersion">The version the root is asked for (<c>ROOT==V</c>).</param>
public sealed record GeneratedGraph(
    int Seed,
    GraphFeatures Features,
    IReadOnlyList<GeneratedProject> Projects,
    string RootName,
    string RootVersion)
{
    /// <summary>The graph as text, one release per line, for a person reading a disagreement.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"seed {Seed}: root {RootName}=={RootVersion}\n");
        foreach (var project in Projects)
        {
            foreach (var release in project.Releases)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {project.Name} {release.Version}");
                if (release.Yanked)
                {
                    text.Append(" [yanked]");
                }

                if (release.RequiresPython is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $" [Requires-Python {release.RequiresPython}]");
                }

                if (release.ProvidesExtra.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" [extras {string.Join(',', release.ProvidesExtra)}]");
                }

                text.Append('\n');
                foreach (var requirement in release.RequiresDist)
                {
                    text.Append("      -> ").Append(requirement).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}

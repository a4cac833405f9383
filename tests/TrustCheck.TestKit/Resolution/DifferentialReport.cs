using System.Globalization;
using System.Text;

namespace TrustCheck.TestKit.Resolution;

/// <summary>The outcome of a differential run: one comparison per graph, in seed order.</summary>
/// <param name="Comparisons">The comparisons.</param>
/// <param name="PipVersion">The pip used as the reference.</param>
public sealed record DifferentialReport(IReadOnlyList<GraphComparison> Comparisons, string PipVersion)
{
    /// <summary>How many graphs were compared.</summary>
    public int Graphs => Comparisons.Count;

    /// <summary>How many graphs pip and the resolver agree on.</summary>
    public int Agreements => Comparisons.Count(static c => c.Agrees);

    /// <summary>The graphs they disagree on.</summary>
    public IReadOnlyList<GraphComparison> Disagreements => [.. Comparisons.Where(static c => !c.Agrees)];

    /// <summary>The figure, <c>agreements/graphs</c>.</summary>
    public string Figure => string.Create(CultureInfo.InvariantCulture, $"{Agreements}/{Graphs}");

    /// <summary>The summary (graphs, agreements, how many pip could not solve) and every disagreement.</summary>
    /// <param name="details">Whether each disagreement also shows its graph and pip's explanation.</param>
    public string Format(bool details = false)
    {
        var text = new StringBuilder();
        var unsolved = Comparisons.Count(static c => !c.Pip.Solved);
        text.Append(CultureInfo.InvariantCulture, $"Resolver vs pip {PipVersion}: {Graphs} graphs, {Agreements} agreements ({Figure}), ");
        text.Append(CultureInfo.InvariantCulture, $"{Graphs - Agreements} disagreements; pip found no solution for {unsolved}.\n");
        foreach (var disagreement in Disagreements)
        {
            text.Append(disagreement.Describe(details));
        }

        return text.ToString();
    }
}

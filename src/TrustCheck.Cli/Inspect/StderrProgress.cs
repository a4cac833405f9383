using TrustCheck.Inspection;

namespace TrustCheck.Cli.Inspect;

/// <summary>Progress on stderr, one line per inspected package, only for trees larger than a handful.</summary>
internal sealed class StderrProgress(TextWriter error) : IProgress<InspectionProgress>
{
    private readonly Lock _gate = new();

    public void Report(InspectionProgress value)
    {
        if (value.Discovered < 5)
        {
            return;
        }

        lock (_gate)
        {
            error.WriteLine($"[{value.Inspected}/{value.Discovered}] {value.Current}");
        }
    }
}

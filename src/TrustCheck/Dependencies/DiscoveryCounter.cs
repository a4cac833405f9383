using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>Counts the distinct projects a resolution has reached and reports the count whenever it grows.</summary>
internal sealed class DiscoveryCounter(IProgress<int>? progress)
{
    private readonly HashSet<PackageName> _names = [];
    private int _reported;

    /// <summary>The projects reached so far.</summary>
    public int Count => _names.Count;

    /// <summary>Notes a project as reached.</summary>
    /// <param name="name">The project.</param>
    public void Add(PackageName name) => _names.Add(name);

    /// <summary>Reports the count when it grew since the last report.</summary>
    public void Report()
    {
        if (_names.Count > _reported)
        {
            _reported = _names.Count;
            progress?.Report(_reported);
        }
    }
}

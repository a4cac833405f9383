namespace TrustCheck.Tests.Resilience;

/// <summary>
/// Runs that measure the process (its managed heap) or count requests (a retry after an attempt timed out on a
/// machine busy with the other tests is a second request) run alone, after every parallel test class.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "load runs (alone)";
}

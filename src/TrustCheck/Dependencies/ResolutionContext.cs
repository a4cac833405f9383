using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Dependencies;

/// <summary>What the passes of one resolution share: documents, target, mode, progress and learned versions.</summary>
internal sealed class ResolutionContext
{
    /// <summary>Creates the context of one resolution.</summary>
    /// <param name="source">The metadata source.</param>
    /// <param name="mode">How far to follow dependencies.</param>
    /// <param name="target">The target environment.</param>
    /// <param name="discovered">Told the number of projects reached.</param>
    /// <exception cref="ArgumentException">The target's Python version is not X.Y or X.Y.Z.</exception>
    public ResolutionContext(IPackageMetadataSource source, DependencyMode mode, TargetEnvironment target, IProgress<int>? discovered)
    {
        var environment = target.ToMarkerEnvironment();
        var python = PythonVersion.Parse(environment.Values["python_full_version"]);
        Mode = mode;
        Metadata = new MetadataCache(source, python);
        Selector = new VersionSelector(Metadata, python);
        Requirements = new RequirementEvaluator(environment);
        Discovery = new DiscoveryCounter(discovered);
    }

    /// <summary>How far to follow dependencies.</summary>
    public DependencyMode Mode { get; }

    /// <summary>The documents, fetched once each.</summary>
    public MetadataCache Metadata { get; }

    /// <summary>Chooses versions.</summary>
    public VersionSelector Selector { get; }

    /// <summary>Parses requirements and evaluates their markers.</summary>
    public RequirementEvaluator Requirements { get; }

    /// <summary>Counts the projects reached.</summary>
    public DiscoveryCounter Discovery { get; }

    /// <summary>Versions earlier passes found to satisfy every requirement seen on a project.</summary>
    public Dictionary<PackageName, string> Preferred { get; } = [];

    /// <summary>Whether a resolved node's requirements are followed.</summary>
    /// <param name="node">The node.</param>
    public bool Expands(PassNode node) => Mode switch
    {
        DependencyMode.Transitive => true,
        DependencyMode.Direct => node.IsRoot,
        _ => false,
    };
}

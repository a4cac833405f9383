namespace TrustCheck.Sources;

/// <summary>The configured indexes: the main one and every extra (private) one, in configuration order.</summary>
public interface IPackageIndexSet
{
    /// <summary>The main index (<c>--index-url</c>).</summary>
    IPackageIndex Primary { get; }

    /// <summary>The extra indexes (<c>--extra-index-url</c>).</summary>
    IReadOnlyList<IPackageIndex> Extras { get; }
}

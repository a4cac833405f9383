using System.Globalization;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>How <see cref="EvidenceServer.AddSyntheticPackages"/> builds its packages (indices start at 1).</summary>
public sealed class SyntheticPackageOptions
{
    /// <summary>The name before the four-digit index: <c>synthetic-pkg-</c> gives <c>synthetic-pkg-0001</c>.</summary>
    public string NamePrefix { get; init; } = "synthetic-pkg-";

    /// <summary>The one version every package has.</summary>
    public string Version { get; init; } = "1.0.0";

    /// <summary>How many of the preceding packages each one requires (<c>requires_dist</c>); 0 for none.</summary>
    public int DependencyCount { get; init; }

    /// <summary>Which packages (by index) have a provenance object for their files; the others answer 404. Even indices by default.</summary>
    public Func<int, bool> HasProvenance { get; init; } = static index => index % 2 == 0;

    /// <summary>The name of the package at an index.</summary>
    /// <param name="index">The index, from 1.</param>
    public string NameOf(int index) => NamePrefix + index.ToString("D4", CultureInfo.InvariantCulture);
}

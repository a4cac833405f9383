using TrustCheck.Packaging;

namespace TrustCheck.Evidence.Provenance;

/// <summary>Which file's provenance to look up.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The release's version string.</param>
/// <param name="Filename">The distribution file name.</param>
/// <param name="Url">The provenance URL an index gave (PEP 740 <c>provenance</c>), used instead of the Integrity API route when set.</param>
public sealed record ProvenanceRequest(PackageName Name, string Version, string Filename, Uri? Url = null);

using TrustCheck.Evidence.Provenance;

namespace TrustCheck.Sources;

/// <summary>PEP 740 provenance objects (PyPI's Integrity API, or a snapshot).</summary>
public interface IProvenanceSource
{
    /// <summary>Looks up a file's provenance.</summary>
    /// <param name="request">Which file.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The provenance, or its absence (the index has none: the file is unattested).</returns>
    /// <exception cref="EvidenceSourceException">The source failed (anything but "no provenance").</exception>
    Task<ProvenanceDocument> GetProvenanceAsync(ProvenanceRequest request, CancellationToken cancellationToken = default);
}

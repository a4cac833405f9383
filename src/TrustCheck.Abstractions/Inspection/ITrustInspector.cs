using TrustCheck.Reports;

namespace TrustCheck.Inspection;

/// <summary>Inspects PyPI releases and reports whether they deserve trust.</summary>
public interface ITrustInspector
{
    /// <summary>Inspects the requested packages (and their dependencies when asked).</summary>
    /// <param name="request">What to inspect.</param>
    /// <param name="cancellationToken">Cancels the inspection.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Sources.EvidenceSourceException">Evidence could not be obtained.</exception>
    Task<TrustReport> InspectAsync(InspectionRequest request, CancellationToken cancellationToken = default);
}

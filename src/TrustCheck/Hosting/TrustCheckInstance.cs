using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Inspection;
using TrustCheck.Reports;

namespace TrustCheck.Hosting;

/// <summary>An inspector built without a container; it owns its HTTP connections and caches until disposed.</summary>
public sealed class TrustCheckInstance : ITrustInspector, IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ITrustInspector _inspector;

    internal TrustCheckInstance(ServiceProvider services)
    {
        _services = services;
        _inspector = services.GetRequiredService<ITrustInspector>();
    }

    /// <inheritdoc />
    public Task<TrustReport> InspectAsync(InspectionRequest request, CancellationToken cancellationToken = default) =>
        _inspector.InspectAsync(request, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

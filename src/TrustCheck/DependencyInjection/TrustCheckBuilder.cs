namespace Microsoft.Extensions.DependencyInjection;

internal sealed class TrustCheckBuilder(IServiceCollection services) : ITrustCheckBuilder
{
    public string Name => "TrustCheck";

    public IServiceCollection Services { get; } = services;
}

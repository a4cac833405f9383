namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What <c>AddTrustCheck()</c> returns: further TrustCheck registrations are extensions on it.</summary>
public interface ITrustCheckBuilder
{
    /// <summary>The registration's name.</summary>
    string Name { get; }

    /// <summary>The service collection.</summary>
    IServiceCollection Services { get; }
}

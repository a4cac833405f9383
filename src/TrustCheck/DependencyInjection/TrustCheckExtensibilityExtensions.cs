using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustCheck.Policies;
using TrustCheck.Signals;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds custom signal providers and policies.</summary>
public static class TrustCheckExtensibilityExtensions
{
    /// <summary>Adds a signal provider (once per type, however often this is called).</summary>
    /// <typeparam name="TProvider">The provider.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder AddSignalProvider<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>(this ITrustCheckBuilder builder)
        where TProvider : class, ISignalProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISignalProvider, TProvider>());
        return builder;
    }

    /// <summary>Adds a policy, selected by its <see cref="IPolicy.Name"/> (once per type).</summary>
    /// <typeparam name="TPolicy">The policy.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder AddPolicy<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TPolicy>(this ITrustCheckBuilder builder)
        where TPolicy : class, IPolicy
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPolicy, TPolicy>());
        return builder;
    }

    /// <summary>Adds a policy instance (a policy file's, say), selected by its <see cref="IPolicy.Name"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The builder.</returns>
    public static ITrustCheckBuilder AddPolicy(this ITrustCheckBuilder builder, IPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        builder.Services.AddSingleton(policy);
        return builder;
    }
}

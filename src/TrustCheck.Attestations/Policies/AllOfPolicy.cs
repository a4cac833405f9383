using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>Every one of several policies must hold (e.g. the provenance's publisher and an expected repository).</summary>
/// <param name="Policies">The policies.</param>
public sealed record AllOfPolicy(IReadOnlyList<IIdentityPolicy> Policies) : IIdentityPolicy
{
    /// <inheritdoc />
    public string Description => string.Join(" and ", Policies.Select(p => p.Description));

    /// <inheritdoc />
    public string? Check(FulcioIdentity identity) => Policies.Select(p => p.Check(identity)).FirstOrDefault(reason => reason is not null);
}

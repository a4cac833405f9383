using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>Decides whether a signing certificate's identity is the one expected.</summary>
public interface IIdentityPolicy
{
    /// <summary>A short description of what the policy requires, for messages and reports.</summary>
    string Description { get; }

    /// <summary>Checks an identity.</summary>
    /// <param name="identity">The identity decoded from the signing certificate.</param>
    /// <returns>Null when the identity satisfies the policy, otherwise why not.</returns>
    string? Check(FulcioIdentity identity);
}

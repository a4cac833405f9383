using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>
/// sigstore's <c>Identity</c> policy: one subject alternative name must equal <see cref="Identity"/> exactly, and the
/// issuer extension (the raw 1.3.6.1.4.1.57264.1.1) must equal <see cref="Issuer"/> when one is given.
/// </summary>
/// <param name="Identity">The expected SAN: an e-mail address, a URI or a Sigstore OtherName value.</param>
/// <param name="Issuer">The expected OIDC issuer, or null to accept any.</param>
public sealed record IdentityPolicy(string Identity, string? Issuer) : IIdentityPolicy
{
    /// <inheritdoc />
    public string Description => Issuer is null ? $"identity {Identity}" : $"identity {Identity} from {Issuer}";

    /// <inheritdoc />
    public string? Check(FulcioIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (Issuer is not null && !string.Equals(identity.IssuerV1 ?? identity.Issuer, Issuer, StringComparison.Ordinal))
        {
            return $"the certificate's issuer is '{identity.IssuerV1 ?? identity.Issuer}', expected '{Issuer}'";
        }

        return identity.SubjectAlternativeNames.Contains(Identity, StringComparer.Ordinal)
            ? null
            : $"the certificate's identities [{string.Join(", ", identity.SubjectAlternativeNames)}] do not include '{Identity}'";
    }
}

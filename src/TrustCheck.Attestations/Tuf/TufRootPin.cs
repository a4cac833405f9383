namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// The initial TUF root a client trusts, pinned by version and SHA-256 digest in code: the client fetches
/// <c>{Version}.root.json</c> from the repository and accepts it only if its bytes hash to <see cref="Sha256"/>.
/// </summary>
/// <param name="Version">The root version.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of that root file's bytes.</param>
public sealed record TufRootPin(long Version, string Sha256)
{
    /// <summary>Sigstore's production root v16 (the root embedded by <c>@sigstore/tuf</c> 5.0.1).</summary>
    public static TufRootPin SigstoreProduction { get; } = new(16, "27aea7e372aa7864065174f0661784fcf8b0e28b1dbfebeada31a0f1fb19167f");
}

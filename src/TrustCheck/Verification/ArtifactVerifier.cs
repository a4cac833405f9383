using System.Security.Cryptography;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Hashing;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Verification;
using TrustCheck.LocalFiles;
using TrustCheck.Reports.Verification;
using TrustCheck.Sources;

namespace TrustCheck.Verification;

/// <summary>
/// The SDK's offline verification of local evidence: reads every file as outside input (regular files only, with
/// size limits), hashes the distribution, builds the identity policies, and verifies with
/// <see cref="Pep740Verifier"/> or <see cref="BundleVerifier"/> against the configured trusted root.
/// </summary>
internal sealed class ArtifactVerifier(ITrustedRootSource trustedRoots) : IArtifactVerifier
{
    public async Task<VerifyReport> VerifyPep740Async(Pep740VerifyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var distribution = await DistributionAsync(request, cancellationToken).ConfigureAwait(false);
        var (policy, additional) = await IdentityRequirements.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var document = await LocalDocument.ReadJsonAsync(request.DocumentPath, DocumentLimits.Pep740, "provenance", cancellationToken).ConfigureAwait(false);
        var notPep740 = Pep740Document.TryDetect(document, out var kind);
        if (notPep740 is not null)
        {
            throw new LocalDocumentException(request.DocumentPath, $"The provenance '{request.DocumentPath}' is not a PEP 740 provenance object or attestation: {notPep740.Reason}.");
        }

        if (kind == Pep740DocumentKind.Attestation && policy is null && additional is null)
        {
            throw new VerificationRequestException("A single attestation names no publisher: give a publisher (--publisher), an identity with its issuer (--identity, --issuer), or an expected repository (--expected-repo).");
        }

        var root = await trustedRoots.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = new Pep740Verifier(root).Verify(document, distribution, policy, additional);
        return VerifyReportBuilder.Build(distribution, result.Result);
    }

    public async Task<VerifyReport> VerifyBundleAsync(BundleVerifyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasIdentity = !string.IsNullOrEmpty(request.Identity) || !string.IsNullOrEmpty(request.Issuer);
        if (request.KeyPath is not null && hasIdentity)
        {
            throw new VerificationRequestException("Give either a public key or a certificate identity with its OIDC issuer, not both.");
        }

        if (request.KeyPath is null && (string.IsNullOrEmpty(request.Identity) || string.IsNullOrEmpty(request.Issuer)))
        {
            throw new VerificationRequestException("A certificate identity and its OIDC issuer are required (or, for a bundle signed with a managed key, the public key).");
        }

        if (request.ArtifactPath is not null && request.ArtifactSha256 is not null)
        {
            throw new VerificationRequestException("Give the artifact or its SHA-256, not both.");
        }

        using var key = request.KeyPath is { } keyPath ? await ReadKeyAsync(keyPath, cancellationToken).ConfigureAwait(false) : null;

        // Ed25519 message signatures sign the artifact itself, so only then are its bytes held, not just streamed and hashed.
        ReadOnlyMemory<byte>? content = null;
        string name, hex;
        if (request.ArtifactPath is { } path)
        {
            if (key is not null && key.Algorithms.Contains(KeyAlgorithm.Ed25519))
            {
                var bytes = await LocalDocument.ReadAsync(path, DocumentLimits.Distribution, "artifact", cancellationToken).ConfigureAwait(false);
                (content, hex) = (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
            else
            {
                hex = await LocalDocument.Sha256HexAsync(path, "artifact", cancellationToken).ConfigureAwait(false);
            }

            name = Path.GetFileName(path);
        }
        else if (Sha256Hex.TryNormalize(request.ArtifactSha256, out var given))
        {
            (name, hex) = ("sha256:" + given, given);
        }
        else
        {
            throw new VerificationRequestException(request.ArtifactSha256 is null
                ? "Name the artifact: give its file or its SHA-256."
                : $"The artifact digest '{request.ArtifactSha256}' is not 64 hex digits.");
        }

        var bundle = await LocalDocument.ReadJsonAsync(request.BundlePath, DocumentLimits.Bundle, "bundle", cancellationToken).ConfigureAwait(false);
        var root = await trustedRoots.GetAsync(cancellationToken).ConfigureAwait(false);
        var verifier = new BundleVerifier(root);
        var result = key is null
            ? verifier.VerifyArtifact(bundle, Convert.FromHexString(hex), new IdentityPolicy(request.Identity!, request.Issuer))
            : verifier.VerifyArtifact(bundle, Convert.FromHexString(hex), key, content);
        return VerifyReportBuilder.Build(name, hex, result);
    }

    private static async Task<PublicKeyPolicy> ReadKeyAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await LocalDocument.ReadAsync(path, DocumentLimits.SmallDocument, "public key", cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new LocalDocumentException(path, $"The public key '{path}' is not PEM text.");
        }

        var error = PublicKeyPolicy.TryFromPem(text, out var key);
        return key ?? throw new LocalDocumentException(path, $"The public key '{path}' is not usable: {error}.");
    }

    private static async Task<DistributionIdentity> DistributionAsync(Pep740VerifyRequest request, CancellationToken cancellationToken)
    {
        string? given = null;
        if (request.Sha256 is not null && !Sha256Hex.TryNormalize(request.Sha256, out given))
        {
            throw new VerificationRequestException($"The SHA-256 '{request.Sha256}' is not 64 hex digits.");
        }

        if (request.DistributionPath is { } path)
        {
            var digest = await LocalDocument.Sha256HexAsync(path, "distribution", cancellationToken).ConfigureAwait(false);
            if (given is not null && given != digest)
            {
                throw new LocalDocumentException(path, $"The distribution '{path}' hashes to {digest}, not the SHA-256 given ({given}).");
            }

            return new DistributionIdentity(request.Filename ?? Path.GetFileName(path), digest);
        }

        if (request.Filename is null || given is null)
        {
            throw new VerificationRequestException("Name the distribution: give its file, or both its file name and its SHA-256.");
        }

        return new DistributionIdentity(request.Filename, given);
    }
}

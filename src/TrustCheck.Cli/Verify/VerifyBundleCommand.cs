using System.CommandLine;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Verification;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Verify;

/// <summary>
/// <c>trustcheck sigstore verify-bundle</c>: the sigstore-conformance client protocol. Exit 0 when the bundle
/// verifies for the artifact (a path or <c>sha256:&lt;hex&gt;</c>) and identity, non-zero otherwise.
/// </summary>
internal static class VerifyBundleCommand
{
    public static Command Create()
    {
        var bundle = new Option<FileInfo>("--bundle") { Required = true, Description = "The Sigstore bundle." };
        var identity = new Option<string?>("--certificate-identity") { Description = "The certificate identity (SAN) to require." };
        var issuer = new Option<string?>("--certificate-oidc-issuer") { Description = "The OIDC issuer to require." };
        var key = new Option<FileInfo?>("--key") { Description = "A PEM public key (managed-key bundles)." };
        var trustedRoot = new Option<FileInfo?>("--trusted-root") { Description = "A Sigstore trusted_root.json; default: Sigstore production through TUF." };
        var staging = new Option<bool>("--staging") { Description = "Use Sigstore's staging instance (requires --trusted-root)." };
        var artifact = new Argument<string>("FILE_OR_DIGEST") { Description = "The artifact, or sha256:<hex>." };

        var verifyBundle = new Command("verify-bundle", "Verify a Sigstore bundle (sigstore-conformance protocol).")
        {
            bundle, identity, issuer, key, trustedRoot, staging, artifact,
        };
        verifyBundle.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            if (parseResult.GetValue(key) is not null)
            {
                throw new UsageException("Bundles signed with managed keys (--key) are not supported; only certificate identities are.");
            }

            var san = parseResult.GetValue(identity) ?? throw new UsageException("--certificate-identity is required.");
            var oidcIssuer = parseResult.GetValue(issuer) ?? throw new UsageException("--certificate-oidc-issuer is required.");
            var digest = await ArtifactDigestAsync(parseResult.GetValue(artifact)!, cancellationToken).ConfigureAwait(false);
            var bundleFile = parseResult.GetValue(bundle)!;
            if (!bundleFile.Exists)
            {
                throw new UsageException($"The bundle '{bundleFile.FullName}' does not exist.");
            }

            using var root = await TrustedRootLoader.LoadAsync(parseResult.GetValue(trustedRoot), parseResult.GetValue(staging), cancellationToken).ConfigureAwait(false);
            var failure = Verify(await File.ReadAllBytesAsync(bundleFile.FullName, cancellationToken).ConfigureAwait(false), digest, new IdentityPolicy(san, oidcIssuer), root);
            if (failure is not null)
            {
                await output.WriteLineAsync($"FAIL {failure}").ConfigureAwait(false);
                return ExitCodes.PolicyFailed;
            }

            await output.WriteLineAsync("OK").ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        return new Command("sigstore", "Sigstore tools.") { verifyBundle };
    }

    private static VerificationFailure? Verify(byte[] json, byte[] digest, IIdentityPolicy policy, Attestations.TrustRoot.TrustedRoot root)
    {
        var failure = BundleReader.TryRead(json, out var bundle);
        if (failure is not null)
        {
            return failure;
        }

        var expectation = bundle!.DsseEnvelope is null ? new ArtifactExpectation(digest) : ArtifactExpectation.DsseSubject;
        var result = new BundleVerifier(root).Verify(bundle, policy, expectation);
        if (!result.IsVerified || result.Envelope is null)
        {
            return result.Failure;
        }

        failure = InTotoStatement.TryParse(result.Envelope.Payload.Span, out var statement);
        var hex = Convert.ToHexStringLower(digest);
        return failure ?? (statement!.Subjects.Any(s => s.Digests.TryGetValue("sha256", out var d) && d == hex)
            ? null
            : new VerificationFailure(VerificationStage.Subject, "no statement subject has the artifact's sha256"));
    }

    private static async Task<byte[]> ArtifactDigestAsync(string value, CancellationToken cancellationToken)
    {
        if (value.StartsWith("sha256:", StringComparison.Ordinal))
        {
            var hex = value["sha256:".Length..];
            return hex.Length == 64 && hex.All(char.IsAsciiHexDigit)
                ? Convert.FromHexString(hex)
                : throw new UsageException($"'{value}' is not sha256:<64 hex digits>.");
        }

        if (!File.Exists(value))
        {
            throw new UsageException($"The artifact '{value}' does not exist.");
        }

        return Convert.FromHexString(await FileDigest.Sha256HexAsync(value, cancellationToken).ConfigureAwait(false));
    }
}

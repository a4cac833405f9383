using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Verification;

namespace TrustCheck.Cli.Verify;

/// <summary>
/// <c>trustcheck sigstore verify-bundle</c>: the sigstore-conformance client protocol, through the SDK's
/// <see cref="IArtifactVerifier"/>. Exit 0 when the bundle verifies for the artifact (a path or
/// <c>sha256:&lt;hex&gt;</c>) and the certificate identity or the managed key (<c>--key</c>), 4 otherwise.
/// </summary>
internal static class VerifyBundleCommand
{
    private const string DigestPrefix = "sha256:";

    public static Command Create()
    {
        var bundle = new Option<FileInfo>("--bundle") { Required = true, Description = "The Sigstore bundle." };
        var identity = new Option<string?>("--certificate-identity") { Description = "The certificate identity (SAN) to require." };
        var issuer = new Option<string?>("--certificate-oidc-issuer") { Description = "The OIDC issuer to require." };
        var key = new Option<FileInfo?>("--key") { Description = "A PEM public key (SubjectPublicKeyInfo) for bundles signed with a managed key, instead of the certificate identity." };
        var trustedRoot = new Option<FileInfo?>("--trusted-root") { Description = "A Sigstore trusted_root.json; default: Sigstore production through TUF." };
        var staging = new Option<bool>("--staging") { Description = "Use Sigstore's staging instance (requires --trusted-root)." };
        var artifact = new Argument<string>("FILE_OR_DIGEST") { Description = "The artifact, or sha256:<hex>." };

        var verifyBundle = new Command("verify-bundle", "Verify a Sigstore bundle (sigstore-conformance protocol).")
        {
            bundle, identity, issuer, key, trustedRoot, staging, artifact,
        };
        verifyBundle.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            var keyFile = parseResult.GetValue(key);
            var certificateIdentity = parseResult.GetValue(identity);
            var certificateIssuer = parseResult.GetValue(issuer);
            if (keyFile is not null && (certificateIdentity is not null || certificateIssuer is not null))
            {
                throw new UsageException("--key and --certificate-identity/--certificate-oidc-issuer exclude each other: a bundle is signed with a managed key or a certificate.");
            }

            if (keyFile is null && (certificateIdentity is null || certificateIssuer is null))
            {
                throw new UsageException("Give --certificate-identity and --certificate-oidc-issuer, or --key for a bundle signed with a managed key.");
            }

            var target = parseResult.GetValue(artifact)!;
            var isDigest = target.StartsWith(DigestPrefix, StringComparison.Ordinal);
            var request = new BundleVerifyRequest
            {
                BundlePath = parseResult.GetValue(bundle)!.FullName,
                ArtifactPath = isDigest ? null : target,
                ArtifactSha256 = isDigest ? target[DigestPrefix.Length..] : null,
                Identity = certificateIdentity,
                Issuer = certificateIssuer,
                KeyPath = keyFile?.FullName,
            };
            await using var services = VerificationServices.Create(parseResult.GetValue(trustedRoot), parseResult.GetValue(staging));
            var report = await services.GetRequiredService<IArtifactVerifier>().VerifyBundleAsync(request, cancellationToken).ConfigureAwait(false);
            if (!report.Verified)
            {
                await output.WriteLineAsync(report.Failure is { } failure ? $"FAIL {failure.Stage}: {failure.Reason}" : "FAIL").ConfigureAwait(false);
                return ExitCodes.PolicyFailed;
            }

            await output.WriteLineAsync("OK").ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        return new Command("sigstore", "Sigstore tools.") { verifyBundle };
    }
}

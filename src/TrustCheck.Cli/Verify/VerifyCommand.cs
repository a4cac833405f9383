using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports.Verification;
using TrustCheck.Verification;

namespace TrustCheck.Cli.Verify;

/// <summary>
/// <c>trustcheck verify [DIST_FILE] --provenance FILE …</c>: verifies a PEP 740 provenance object (or one
/// attestation) for a distribution through the SDK's <see cref="IArtifactVerifier"/>, fully offline once the trusted
/// root is known.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var distribution = new Argument<FileInfo?>("DIST_FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "The distribution file; it is hashed." };
        var provenance = new Option<FileInfo>("--provenance") { Required = true, Description = "A PEP 740 provenance object (Integrity API response) or a single attestation." };
        var filename = new Option<string?>("--filename") { Description = "The distribution's file name, when DIST_FILE is not given." };
        var sha256 = new Option<string?>("--sha256") { Description = "The distribution's SHA-256 (hex), when DIST_FILE is not given." };
        var publisher = new Option<FileInfo?>("--publisher") { Description = "A publisher JSON object to require instead of each bundle's own." };
        var identity = new Option<string?>("--identity") { Description = "The certificate identity (SAN) to require." };
        var issuer = new Option<string?>("--issuer") { Description = "The OIDC issuer to require with --identity." };
        var expectedRepository = new Option<string?>("--expected-repo") { Description = "The repository the signer must be (URL, host/owner/name, or GitHub owner/name)." };
        var trustedRoot = new Option<FileInfo?>("--trusted-root") { Description = "A Sigstore trusted_root.json; default: Sigstore production through TUF." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.VerifyReportFormats]);

        var command = new Command("verify", "Verify PEP 740 provenance for a distribution, offline.")
        {
            distribution, provenance, filename, sha256, publisher, identity, issuer, expectedRepository, trustedRoot, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            var request = new Pep740VerifyRequest
            {
                DocumentPath = parseResult.GetValue(provenance)!.FullName,
                DistributionPath = parseResult.GetValue(distribution)?.FullName,
                Filename = parseResult.GetValue(filename),
                Sha256 = parseResult.GetValue(sha256),
                PublisherPath = parseResult.GetValue(publisher)?.FullName,
                Identity = parseResult.GetValue(identity),
                Issuer = parseResult.GetValue(issuer),
                ExpectedRepository = parseResult.GetValue(expectedRepository),
            };
            await using var services = VerificationServices.Create(parseResult.GetValue(trustedRoot), staging: false);
            var report = await services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(request, cancellationToken).ConfigureAwait(false);
            ReportWriters.TryGet(parseResult.GetValue(format)!, out IReportWriter<VerifyReport>? writer);
            await writer!.WriteAsync(report, output, ReportWriterOptions.Default, cancellationToken).ConfigureAwait(false);
            return report.Verified ? ExitCodes.Success : ExitCodes.PolicyFailed;
        }));
        return command;
    }
}

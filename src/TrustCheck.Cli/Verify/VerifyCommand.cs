using System.CommandLine;
using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Verification;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Cli.Output;

namespace TrustCheck.Cli.Verify;

/// <summary>
/// <c>trustcheck verify [DIST_FILE] --provenance FILE …</c>: verifies a PEP 740 provenance object (or one
/// attestation) for a distribution, fully offline once the trusted root is known.
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
        var expectedRepository = new Option<string?>("--expected-repo") { Description = "An https GitHub or GitLab repository the signer must be." };
        var trustedRoot = new Option<FileInfo?>("--trusted-root") { Description = "A Sigstore trusted_root.json; default: Sigstore production through TUF." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("verify", "Verify PEP 740 provenance for a distribution, offline.")
        {
            distribution, provenance, filename, sha256, publisher, identity, issuer, expectedRepository, trustedRoot, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            var options = new VerifyOptions(
                parseResult.GetValue(distribution), parseResult.GetValue(provenance)!, parseResult.GetValue(filename), parseResult.GetValue(sha256),
                parseResult.GetValue(publisher), parseResult.GetValue(identity), parseResult.GetValue(issuer), parseResult.GetValue(expectedRepository),
                parseResult.GetValue(trustedRoot), parseResult.GetValue(format)!);
            return await RunAsync(options, output, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(VerifyOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var distribution = await DistributionAsync(options, cancellationToken).ConfigureAwait(false);
        var (policy, additional) = await PoliciesAsync(options, cancellationToken).ConfigureAwait(false);
        if (!options.Provenance.Exists)
        {
            throw new UsageException($"The provenance file '{options.Provenance.FullName}' does not exist.");
        }

        var input = await File.ReadAllBytesAsync(options.Provenance.FullName, cancellationToken).ConfigureAwait(false);
        using var root = await TrustedRootLoader.LoadAsync(options.TrustedRoot, staging: false, cancellationToken).ConfigureAwait(false);
        var verifier = new Pep740Verifier(root);

        AttestationStatus status;
        VerificationFailure? failure;
        IReadOnlyList<AttestationVerificationResult> attestations;
        if (IsProvenance(input))
        {
            var result = verifier.VerifyProvenance(input, distribution, policy, additional);
            (status, failure, attestations) = (result.Status, result.Failure, result.Attestations);
        }
        else
        {
            var single = policy ?? additional ?? throw new UsageException("A single attestation names no publisher: give --publisher, --identity with --issuer, or --expected-repo.");
            using var document = ParseJson(input);
            var result = verifier.VerifyAttestation(document.RootElement, distribution, policy is not null && additional is not null ? new AllOfPolicy([policy, additional]) : single);
            (status, failure, attestations) = (result.Status, result.Failure, [result]);
        }

        var report = VerifyReportBuilder.Build(distribution, status, failure, attestations);
        if (options.Format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, CliJsonContext.Default.VerifyReport)).ConfigureAwait(false);
        }
        else
        {
            await WriteTextAsync(report, output).ConfigureAwait(false);
        }

        return report.Verified ? ExitCodes.Success : ExitCodes.PolicyFailed;
    }

    private static async Task<DistributionIdentity> DistributionAsync(VerifyOptions options, CancellationToken cancellationToken)
    {
        if (options.Distribution is { } file)
        {
            if (!file.Exists)
            {
                throw new UsageException($"The distribution '{file.FullName}' does not exist.");
            }

            var digest = await FileDigest.Sha256HexAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            if (options.Sha256 is { } given && !string.Equals(given, digest, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"'{file.Name}' hashes to {digest}, not the --sha256 given ({given}).");
            }

            return new DistributionIdentity(options.Filename ?? file.Name, digest);
        }

        if (options.Filename is null || options.Sha256 is null)
        {
            throw new UsageException("Name the distribution: give DIST_FILE, or both --filename and --sha256.");
        }

        if (options.Sha256.Length != 64 || !options.Sha256.All(char.IsAsciiHexDigit))
        {
            throw new UsageException($"--sha256 '{options.Sha256}' is not 64 hex digits.");
        }

        return new DistributionIdentity(options.Filename, options.Sha256.ToLowerInvariant());
    }

    private static async Task<(IIdentityPolicy? Policy, IIdentityPolicy? Additional)> PoliciesAsync(VerifyOptions options, CancellationToken cancellationToken)
    {
        if (options.Publisher is not null && options.Identity is not null)
        {
            throw new UsageException("Give either --publisher or --identity, not both.");
        }

        if ((options.Identity is null) != (options.Issuer is null))
        {
            throw new UsageException("--identity and --issuer go together.");
        }

        IIdentityPolicy? additional = null;
        if (options.ExpectedRepository is { } repository)
        {
            if (!Uri.TryCreate(repository, UriKind.Absolute, out var repositoryUrl))
            {
                throw new UsageException($"--expected-repo '{repository}' is not an absolute URL.");
            }

            try
            {
                additional = new ExpectedRepositoryPolicy(repositoryUrl);
            }
            catch (ArgumentException error)
            {
                throw new UsageException(error.Message);
            }
        }

        if (options.Identity is not null)
        {
            return (new IdentityPolicy(options.Identity, options.Issuer), additional);
        }

        if (options.Publisher is { } publisherFile)
        {
            using var document = ParseJson(await File.ReadAllBytesAsync(publisherFile.FullName, cancellationToken).ConfigureAwait(false));
            var failure = PublisherReader.TryRead(document.RootElement, out var publisher);
            if (failure is not null)
            {
                throw new InvalidDataException($"The publisher file is not usable: {failure.Reason}");
            }

            return (publisher!.ToPolicy() ?? throw new UsageException($"Publishers of kind '{publisher.Kind}' cannot be verified."), additional);
        }

        return (null, additional);
    }

    private static bool IsProvenance(byte[] input)
    {
        using var document = ParseJson(input);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("attestation_bundles", out _);
    }

    private static JsonDocument ParseJson(byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The input is not JSON: {error.Message}", error);
        }
    }

    private static async Task WriteTextAsync(VerifyReport report, TextWriter output)
    {
        await output.WriteLineAsync($"{report.Distribution.Filename} (sha256 {report.Distribution.Sha256}): {report.Status.ToUpperInvariant()}").ConfigureAwait(false);
        if (report.Failure is { } failure && report.Attestations.Count == 0)
        {
            await output.WriteLineAsync($"  failed at {failure.Stage}: {failure.Reason}").ConfigureAwait(false);
        }

        foreach (var attestation in report.Attestations)
        {
            var who = attestation.Publisher is { } p ? $"{p.Kind} {p.Repository} {p.Workflow}".TrimEnd() : attestation.Signer ?? "unknown signer";
            var what = attestation.Statement?.PredicateType ?? "no verified statement";
            await output.WriteLineAsync($"  - {attestation.Status}: {what} by {who}").ConfigureAwait(false);
            if (attestation.Failure is { } reason)
            {
                await output.WriteLineAsync($"    failed at {reason.Stage}: {reason.Reason}").ConfigureAwait(false);
            }
        }
    }

    private sealed record VerifyOptions(
        FileInfo? Distribution, FileInfo Provenance, string? Filename, string? Sha256, FileInfo? Publisher,
        string? Identity, string? Issuer, string? ExpectedRepository, FileInfo? TrustedRoot, string Format);
}

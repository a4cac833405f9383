using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.LocalFiles;
using TrustCheck.Providers.Repositories;

namespace TrustCheck.Verification;

/// <summary>
/// Turns a request's signer requirements into identity policies: a publisher file or an identity with its issuer
/// (the policy), and an expected repository (a policy that must hold as well), read by the one
/// <c>--expected-repo</c> parser <c>inspect</c> uses too.
/// </summary>
internal static class IdentityRequirements
{
    public static async Task<(IIdentityPolicy? Policy, IIdentityPolicy? Additional)> ReadAsync(Pep740VerifyRequest request, CancellationToken cancellationToken)
    {
        if (request.PublisherPath is not null && request.Identity is not null)
        {
            throw new VerificationRequestException("Give either a publisher or an identity, not both.");
        }

        if ((request.Identity is null) != (request.Issuer is null))
        {
            throw new VerificationRequestException("An identity and its issuer go together.");
        }

        var additional = request.ExpectedRepository is { } expected ? ExpectedRepositoryPolicy(expected) : null;
        if (request.Identity is not null)
        {
            return (new IdentityPolicy(request.Identity, request.Issuer), additional);
        }

        if (request.PublisherPath is { } path)
        {
            return (await PublisherPolicyAsync(path, cancellationToken).ConfigureAwait(false), additional);
        }

        return (null, additional);
    }

    public static IIdentityPolicy ExpectedRepositoryPolicy(string value)
    {
        if (!ExpectedRepository.TryParse(value, out var repository))
        {
            throw new VerificationRequestException($"The expected repository '{value}' is not a repository URL, host/owner/name or GitHub owner/name.");
        }

        try
        {
            return new ExpectedRepositoryPolicy(repository.Uri);
        }
        catch (ArgumentException error)
        {
            throw new VerificationRequestException($"The expected repository '{value}' cannot be proven by an attestation: {error.Message}");
        }
    }

    private static async Task<IIdentityPolicy> PublisherPolicyAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await LocalDocument.ReadJsonAsync(path, DocumentLimits.SmallDocument, "publisher file", cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        var failure = PublisherReader.TryRead(document.RootElement, out var publisher);
        if (failure is not null)
        {
            throw new LocalDocumentException(path, $"The publisher file '{path}' is not usable: {failure.Reason}");
        }

        return publisher!.ToPolicy() ?? throw new VerificationRequestException($"Publishers of kind '{publisher.Kind}' have no attestation identity, so they cannot be verified.");
    }
}

using System.Text.Json;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>Reads a PEP 740 publisher object; unknown keys are ignored and an empty environment means none.</summary>
public static class PublisherReader
{
    /// <summary>Reads a publisher.</summary>
    /// <param name="element">The publisher JSON object.</param>
    /// <param name="publisher">The publisher; <see cref="UnsupportedPublisher"/> for kinds without an attestation identity.</param>
    /// <returns>Null on success, otherwise why the object is malformed.</returns>
    public static VerificationFailure? TryRead(JsonElement element, out TrustedPublisher? publisher)
    {
        TrustedPublisher? read = null;
        var failure = Utf8Input.Guard(VerificationStage.Bundle, "the publisher", () => TryReadCore(element, out read));
        publisher = failure is null ? read : null;
        return failure;
    }

    private static VerificationFailure? TryReadCore(JsonElement element, out TrustedPublisher? publisher)
    {
        publisher = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail("the publisher is not a JSON object");
        }

        var kind = String(element, "kind");
        switch (kind)
        {
            case null or "":
                return Fail("the publisher has no kind");
            case "GitHub":
                if (String(element, "repository") is not { Length: > 0 } repository || String(element, "workflow") is not { Length: > 0 } workflow)
                {
                    return Fail("a GitHub publisher needs a repository and a workflow");
                }

                publisher = new GitHubPublisher(repository, workflow, Environment(element));
                return null;
            case "GitLab":
                if (String(element, "repository") is not { Length: > 0 } gitlabRepository || String(element, "workflow_filepath") is not { Length: > 0 } path)
                {
                    return Fail("a GitLab publisher needs a repository and a workflow_filepath");
                }

                publisher = new GitLabPublisher(gitlabRepository, path, Environment(element));
                return null;
            case "Google":
                if (String(element, "email") is not { Length: > 0 } email)
                {
                    return Fail("a Google publisher needs an email");
                }

                publisher = new GooglePublisher(email);
                return null;
            default:
                publisher = new UnsupportedPublisher(kind);
                return null;
        }
    }

    private static string? Environment(JsonElement element) => String(element, "environment") is { Length: > 0 } value ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, $"malformed publisher: {reason}");
}

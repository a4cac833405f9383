using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Evidence.Release;
using TrustCheck.Reports;

namespace TrustCheck.Engine.Evidence;

/// <summary>
/// The one mapping from a PEP 740 publisher (and the certificate that proved it) to the publisher TrustCheck reports:
/// evidence for providers, and the <c>publisher</c> object of inspection and verification reports.
/// </summary>
internal static class PublisherIdentities
{
    /// <summary>The publisher as evidence; null when there is none.</summary>
    /// <param name="publisher">The publisher the provenance names.</param>
    /// <param name="identity">The verified certificate's identity, or null when it did not verify.</param>
    public static PublisherIdentity? From(TrustedPublisher? publisher, FulcioIdentity? identity)
    {
        if (publisher is null)
        {
            return null;
        }

        var (workflow, environment, email) = publisher switch
        {
            GitHubPublisher github => (github.Workflow, github.Environment, (string?)null),
            GitLabPublisher gitlab => (gitlab.WorkflowFilepath, gitlab.Environment, null),
            GooglePublisher google => (null, null, google.Email),
            _ => ((string?)null, (string?)null, (string?)null),
        };
        return new PublisherIdentity
        {
            Kind = publisher.Kind,
            Repository = publisher.Repository,
            Workflow = workflow,
            Environment = string.IsNullOrEmpty(environment) ? null : environment,
            Email = email,
            SourceRepositoryUri = identity?.SourceRepositoryUri,
            SourceRepositoryId = identity?.SourceRepositoryIdentifier,
            SourceRepositoryOwnerId = identity?.SourceRepositoryOwnerIdentifier,
            SourceRepositoryDigest = identity?.SourceRepositoryDigest,
            SourceRepositoryRef = identity?.SourceRepositoryRef,
            CertificateIdentity = identity is { SubjectAlternativeNames.Count: > 0 } ? identity.SubjectAlternativeNames[0] : null,
            Issuer = identity?.Issuer ?? identity?.IssuerV1,
        };
    }

    /// <summary>The publisher as reported: kind, repository (a Google publisher's e-mail), workflow, environment.</summary>
    /// <param name="publisher">The publisher, or null.</param>
    public static PublisherReport? ToReport(PublisherIdentity? publisher) =>
        publisher is null ? null : new PublisherReport(publisher.Kind, publisher.Repository ?? publisher.Email, publisher.Workflow, publisher.Environment);

    /// <summary>The publisher as reported, straight from the provenance.</summary>
    /// <param name="publisher">The publisher, or null.</param>
    public static PublisherReport? ToReport(TrustedPublisher? publisher) => ToReport(From(publisher, null));
}

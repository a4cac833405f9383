using TrustCheck.Evidence.Release;
using TrustCheck.Providers.Repositories;

namespace TrustCheck.Providers.TrustedPublishers;

/// <summary>Comparison keys for publisher identities: which parts must agree for two publishers to be "the same".</summary>
internal static class PublisherKeys
{
    /// <summary>
    /// The publisher's source: the forge's immutable repository and owner ids when the certificate carries them,
    /// else the normalised repository URL, else the account (Google's service-account e-mail).
    /// </summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The key.</returns>
    public static string Source(PublisherIdentity publisher)
    {
        if (!string.IsNullOrWhiteSpace(publisher.SourceRepositoryId))
        {
            return $"{Kind(publisher)}|id:{publisher.SourceRepositoryId}|owner:{publisher.SourceRepositoryOwnerId}";
        }

        return SourceName(publisher);
    }

    /// <summary>The publisher's source by name only: the normalised repository URL, else the account.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The key.</returns>
    public static string SourceName(PublisherIdentity publisher) =>
        AttestedRepository.RepositoryOf(publisher) is { } repository
            ? $"{Kind(publisher)}|repo:{repository.Key}"
            : Account(publisher);

    /// <summary>The publisher's account: its kind, plus the service-account e-mail for publishers without a repository.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The key.</returns>
    public static string Account(PublisherIdentity publisher) =>
        string.IsNullOrWhiteSpace(publisher.Repository) && !string.IsNullOrWhiteSpace(publisher.Email)
            ? $"{Kind(publisher)}|email:{publisher.Email.Trim().ToUpperInvariant()}"
            : Kind(publisher);

    /// <summary>Everything the identity names (ids, repository, workflow, environment), for grouping files by publisher.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The key.</returns>
    public static string Full(PublisherIdentity publisher) =>
        $"{Source(publisher)}|{SourceName(publisher)}|wf:{Workflow(publisher)}|env:{Environment(publisher)}";

    /// <summary>The workflow, case-insensitive.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The normalised workflow, empty when none.</returns>
    public static string Workflow(PublisherIdentity publisher) => publisher.Workflow?.Trim().ToUpperInvariant() ?? string.Empty;

    /// <summary>The environment; none and empty are the same.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The normalised environment, empty when none.</returns>
    public static string Environment(PublisherIdentity publisher) => publisher.Environment?.Trim().ToUpperInvariant() ?? string.Empty;

    private static string Kind(PublisherIdentity publisher) => publisher.Kind.Trim().ToUpperInvariant();
}

using TrustCheck.Evidence.Release;

namespace TrustCheck.Providers.Repositories;

/// <summary>A repository that verified attestations <em>prove</em> the release's files were published from.</summary>
/// <param name="Repository">The repository.</param>
/// <param name="Files">The verified files that prove it.</param>
internal sealed record AttestedRepository(RepositoryUrl Repository, IReadOnlyList<string> Files)
{
    /// <summary>
    /// The repository a publisher identity names: the certificate's source repository URI, else the forge publisher's
    /// <c>owner/repo</c> on github.com or gitlab.com; null for publishers without a repository (Google).
    /// </summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The repository, or null.</returns>
    public static RepositoryUrl? RepositoryOf(PublisherIdentity publisher)
    {
        if (RepositoryUrl.TryParse(publisher.SourceRepositoryUri, out var fromCertificate))
        {
            return fromCertificate;
        }

        if (string.IsNullOrWhiteSpace(publisher.Repository))
        {
            return null;
        }

        var host = publisher.Kind.ToUpperInvariant() switch
        {
            "GITHUB" => RepositoryHosts.GitHub,
            "GITLAB" => RepositoryHosts.GitLab,
            _ => null,
        };
        return host is not null && RepositoryUrl.TryParse($"https://{host}/{publisher.Repository.Trim('/')}", out var named) ? named : null;
    }

    /// <summary>The repositories the release's <see cref="ProvenanceOutcome.Verified"/> files prove, in file order.</summary>
    /// <param name="files">The release's files.</param>
    /// <returns>One entry per distinct repository.</returns>
    public static IReadOnlyList<AttestedRepository> Of(IEnumerable<DistributionEvidence> files) =>
        files
            .Where(f => f.Provenance is { Outcome: ProvenanceOutcome.Verified, Publisher: not null })
            .Select(f => (File: f.Filename, Repository: RepositoryOf(f.Provenance.Publisher!)))
            .Where(p => p.Repository is not null)
            .GroupBy(p => p.Repository!)
            .Select(g => new AttestedRepository(g.Key, g.Select(p => p.File).ToList()))
            .ToList();
}

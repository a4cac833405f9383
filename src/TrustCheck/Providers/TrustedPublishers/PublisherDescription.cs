using TrustCheck.Evidence.Release;
using TrustCheck.Providers.Repositories;

namespace TrustCheck.Providers.TrustedPublishers;

/// <summary>Words and evidence entries for a publisher identity.</summary>
internal static class PublisherDescription
{
    /// <summary>Describes a publisher for a person: <c>GitHub repository pypa/sampleproject, workflow release.yml</c>.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The description.</returns>
    public static string Describe(PublisherIdentity publisher)
    {
        var kind = publisher.Kind;
        var text = kind.ToUpperInvariant() switch
        {
            "GITHUB" => $"GitHub repository {publisher.Repository ?? "(unnamed)"}, workflow {publisher.Workflow ?? "(unnamed)"}",
            "GITLAB" => $"GitLab project {publisher.Repository ?? "(unnamed)"}, CI file {publisher.Workflow ?? "(unnamed)"}",
            "GOOGLE" => $"Google service account {publisher.Email ?? "(unnamed)"}",
            _ => publisher.Repository is null ? kind : $"{kind} {publisher.Repository}",
        };
        return string.IsNullOrWhiteSpace(publisher.Environment) ? text : $"{text}, environment {publisher.Environment}";
    }

    /// <summary>Adds the identity's non-empty parts under a prefix (<c>attested.kind</c>, <c>attested.repository</c>, …).</summary>
    /// <param name="evidence">The evidence to add to.</param>
    /// <param name="prefix">The key prefix: <c>attested</c>, <c>current</c>, <c>previous</c>, <c>claimed</c>.</param>
    /// <param name="publisher">The publisher.</param>
    public static void AddEvidence(IDictionary<string, string> evidence, string prefix, PublisherIdentity publisher)
    {
        Add(evidence, $"{prefix}.kind", publisher.Kind);
        Add(evidence, $"{prefix}.repository", publisher.Repository);
        Add(evidence, $"{prefix}.workflow", publisher.Workflow);
        Add(evidence, $"{prefix}.environment", publisher.Environment);
        Add(evidence, $"{prefix}.email", publisher.Email);
        Add(evidence, $"{prefix}.repositoryUri", AttestedRepository.RepositoryOf(publisher)?.ToString());
        Add(evidence, $"{prefix}.repositoryId", publisher.SourceRepositoryId);
        Add(evidence, $"{prefix}.ownerId", publisher.SourceRepositoryOwnerId);
        Add(evidence, $"{prefix}.ref", publisher.SourceRepositoryRef);
        Add(evidence, $"{prefix}.commit", publisher.SourceRepositoryDigest);
        Add(evidence, $"{prefix}.identity", publisher.CertificateIdentity);
        Add(evidence, $"{prefix}.issuer", publisher.Issuer);
    }

    /// <summary>Evidence for several publishers, numbered under a scope (<c>attested.1.kind</c>, <c>attested.1.files</c>, …).</summary>
    /// <param name="scope">The scope: <c>attested</c> or <c>current</c>.</param>
    /// <param name="publishers">The publishers with their files.</param>
    /// <returns>The evidence.</returns>
    public static Dictionary<string, string> NumberedEvidence(string scope, IReadOnlyList<VerifiedPublisher> publishers)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < publishers.Count; i++)
        {
            var prefix = $"{scope}.{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            AddEvidence(evidence, prefix, publishers[i].Publisher);
            evidence[$"{prefix}.files"] = string.Join(", ", publishers[i].Files);
        }

        return evidence;
    }

    /// <summary>"publisher (file, file); publisher (file)".</summary>
    /// <param name="publishers">The publishers with their files.</param>
    /// <returns>The text.</returns>
    public static string DescribeAll(IEnumerable<VerifiedPublisher> publishers) =>
        string.Join("; ", publishers.Select(p => $"{Describe(p.Publisher)} ({string.Join(", ", p.Files)})"));

    private static void Add(IDictionary<string, string> evidence, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            evidence[key] = value;
        }
    }
}

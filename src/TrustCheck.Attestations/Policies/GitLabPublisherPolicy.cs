using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>
/// PyPI's GitLab Trusted Publisher check: issued by gitlab.com for <c>https://gitlab.com/{repository}</c>, with the
/// Build Config URI <c>https://gitlab.com/{repository}//{workflowFilepath}@{commit or ref}</c>.
/// </summary>
/// <param name="Repository">The <c>namespace[/subgroup…]/project</c> path.</param>
/// <param name="WorkflowFilepath">The CI file's path in the repository, e.g. <c>.gitlab-ci.yml</c>.</param>
public sealed record GitLabPublisherPolicy(string Repository, string WorkflowFilepath) : IIdentityPolicy
{
    /// <summary>GitLab's OIDC issuer.</summary>
    public const string Issuer = "https://gitlab.com";

    /// <inheritdoc />
    public string Description => $"GitLab {Repository} CI file {WorkflowFilepath}";

    /// <inheritdoc />
    public string? Check(FulcioIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.Issuer != Issuer)
        {
            return $"the certificate was issued to '{identity.Issuer}', not GitLab";
        }

        var expectedRepository = "https://gitlab.com/" + Repository;
        if (identity.SourceRepositoryUri != expectedRepository)
        {
            return $"the certificate's source repository is '{identity.SourceRepositoryUri}', expected '{expectedRepository}'";
        }

        if (identity.BuildConfigUri is not { } buildConfig || identity.SourceRepositoryDigest is not { } digest || identity.SourceRepositoryRef is not { } reference)
        {
            return "the certificate lacks the Build Config URI, Source Repository Digest or Source Repository Ref a GitLab publisher needs";
        }

        var prefix = $"https://gitlab.com/{Repository}//{WorkflowFilepath}@";
        return buildConfig == prefix + digest || buildConfig == prefix + reference
            ? null
            : $"the certificate's CI configuration is '{buildConfig}', expected {prefix}<commit or ref>";
    }
}

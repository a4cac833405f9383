using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>
/// PyPI's GitHub Trusted Publisher check: issued by GitHub Actions for <c>https://github.com/{repository}</c>, with
/// the top-level workflow (Build Config URI) <c>.github/workflows/{workflow}</c> at the certificate's source ref or
/// commit. The deployment environment is not compared. Repository case matters.
/// </summary>
/// <param name="Repository">The <c>owner/name</c> repository.</param>
/// <param name="Workflow">The workflow file name, e.g. <c>release.yml</c>.</param>
public sealed record GitHubPublisherPolicy(string Repository, string Workflow) : IIdentityPolicy
{
    /// <summary>GitHub Actions' OIDC issuer.</summary>
    public const string Issuer = "https://token.actions.githubusercontent.com";

    /// <inheritdoc />
    public string Description => $"GitHub {Repository} workflow {Workflow}";

    /// <inheritdoc />
    public string? Check(FulcioIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.Issuer != Issuer)
        {
            return $"the certificate was issued to '{identity.Issuer}', not GitHub Actions";
        }

        var expectedRepository = "https://github.com/" + Repository;
        if (identity.SourceRepositoryUri != expectedRepository)
        {
            return $"the certificate's source repository is '{identity.SourceRepositoryUri}', expected '{expectedRepository}'";
        }

        if (identity.BuildConfigUri is not { } buildConfig)
        {
            return "the certificate has no Build Config URI";
        }

        string?[] suffixes = [identity.SourceRepositoryDigest, identity.SourceRepositoryRef];
        if (suffixes.All(s => s is null))
        {
            return "the certificate has neither a Source Repository Digest nor a Source Repository Ref";
        }

        var prefix = $"https://github.com/{Repository}/.github/workflows/{Workflow}@";
        return suffixes.Any(s => s is not null && buildConfig == prefix + s)
            ? null
            : $"the certificate's workflow is '{buildConfig}', expected {prefix}<ref or commit>";
    }
}

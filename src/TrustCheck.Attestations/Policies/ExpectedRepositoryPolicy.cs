using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Policies;

/// <summary>
/// The signing certificate must come from CI of an expected repository (https on github.com or gitlab.com): its
/// Source Repository URI must be that repository and its issuer that forge's OIDC issuer.
/// </summary>
public sealed record ExpectedRepositoryPolicy : IIdentityPolicy
{
    private readonly string _repositoryUri;
    private readonly string _issuer;

    /// <summary>Creates the policy.</summary>
    /// <param name="repository">e.g. <c>https://github.com/pypa/sampleproject</c> (a trailing slash or <c>.git</c> is ignored).</param>
    /// <exception cref="ArgumentException">The URL is not an https GitHub or GitLab repository.</exception>
    public ExpectedRepositoryPolicy(Uri repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Scheme != Uri.UriSchemeHttps || !repository.IsDefaultPort)
        {
            throw new ArgumentException($"'{repository}' must be an https URL.", nameof(repository));
        }

        _issuer = repository.Host switch
        {
            "github.com" => GitHubPublisherPolicy.Issuer,
            "gitlab.com" => GitLabPublisherPolicy.Issuer,
            _ => throw new ArgumentException($"'{repository}' is not on github.com or gitlab.com.", nameof(repository)),
        };
        var path = repository.AbsolutePath.Trim('/');
        if (path.EndsWith(".git", StringComparison.Ordinal))
        {
            path = path[..^4];
        }

        if (path.Split('/').Length < 2)
        {
            throw new ArgumentException($"'{repository}' does not name an owner and a repository.", nameof(repository));
        }

        Repository = path;
        _repositoryUri = $"https://{repository.Host}/{path}";
    }

    /// <summary>The expected <c>owner/name</c> path.</summary>
    public string Repository { get; }

    /// <inheritdoc />
    public string Description => $"repository {_repositoryUri}";

    /// <inheritdoc />
    public string? Check(FulcioIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.Issuer != _issuer)
        {
            return $"the certificate was issued to '{identity.Issuer}', not the CI of {_repositoryUri}";
        }

        return identity.SourceRepositoryUri == _repositoryUri
            ? null
            : $"the certificate's source repository is '{identity.SourceRepositoryUri}', expected '{_repositoryUri}'";
    }
}

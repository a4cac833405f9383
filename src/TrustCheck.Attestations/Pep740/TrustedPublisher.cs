using TrustCheck.Attestations.Policies;

namespace TrustCheck.Attestations.Pep740;

/// <summary>A PyPI Trusted Publisher as a PEP 740 attestation bundle names it.</summary>
public abstract record TrustedPublisher
{
    /// <summary>The publisher kind as PyPI writes it (<c>GitHub</c>, <c>GitLab</c>, <c>Google</c>, …).</summary>
    public abstract string Kind { get; }

    /// <summary>The repository the publisher names (<c>owner/name</c>), or null when the kind has none.</summary>
    public virtual string? Repository => null;

    /// <summary>The policy a signing certificate must satisfy, or null when this kind cannot be verified.</summary>
    public abstract IIdentityPolicy? ToPolicy();
}

/// <summary>A GitHub Actions Trusted Publisher.</summary>
/// <param name="RepositoryName">The <c>owner/name</c> repository.</param>
/// <param name="Workflow">The workflow file name.</param>
/// <param name="Environment">The deployment environment PyPI recorded (not part of the policy), or null.</param>
public sealed record GitHubPublisher(string RepositoryName, string Workflow, string? Environment) : TrustedPublisher
{
    /// <inheritdoc />
    public override string Kind => "GitHub";

    /// <inheritdoc />
    public override string? Repository => RepositoryName;

    /// <inheritdoc />
    public override IIdentityPolicy ToPolicy() => new GitHubPublisherPolicy(RepositoryName, Workflow);
}

/// <summary>A GitLab CI/CD Trusted Publisher.</summary>
/// <param name="RepositoryName">The <c>namespace/project</c> path.</param>
/// <param name="WorkflowFilepath">The CI file's path.</param>
/// <param name="Environment">The deployment environment PyPI recorded, or null.</param>
public sealed record GitLabPublisher(string RepositoryName, string WorkflowFilepath, string? Environment) : TrustedPublisher
{
    /// <inheritdoc />
    public override string Kind => "GitLab";

    /// <inheritdoc />
    public override string? Repository => RepositoryName;

    /// <inheritdoc />
    public override IIdentityPolicy ToPolicy() => new GitLabPublisherPolicy(RepositoryName, WorkflowFilepath);
}

/// <summary>A Google Cloud service-account Trusted Publisher.</summary>
/// <param name="Email">The service account's e-mail address.</param>
public sealed record GooglePublisher(string Email) : TrustedPublisher
{
    /// <summary>Google's OIDC issuer.</summary>
    public const string Issuer = "https://accounts.google.com";

    /// <inheritdoc />
    public override string Kind => "Google";

    /// <inheritdoc />
    public override IIdentityPolicy ToPolicy() => new IdentityPolicy(Email, Issuer);
}

/// <summary>
/// A publisher kind PyPI cannot attest for (ActiveState, CircleCI) or that this verifier does not know. It never
/// verifies; it is reported as unsupported, not as a failure of the signature.
/// </summary>
/// <param name="KindName">The kind as written.</param>
public sealed record UnsupportedPublisher(string KindName) : TrustedPublisher
{
    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override IIdentityPolicy? ToPolicy() => null;
}

namespace TrustCheck.Evidence.Release;

/// <summary>The Trusted Publisher an attestation names, and what its certificate proves.</summary>
public sealed record PublisherIdentity
{
    /// <summary>The kind: <c>GitHub</c>, <c>GitLab</c>, <c>Google</c>, or another PyPI issues.</summary>
    public required string Kind { get; init; }

    /// <summary>The repository (<c>owner/name</c>, GitLab groups included), for forge publishers.</summary>
    public string? Repository { get; init; }

    /// <summary>The workflow file (GitHub) or CI file path (GitLab).</summary>
    public string? Workflow { get; init; }

    /// <summary>The deployment environment, when one was used.</summary>
    public string? Environment { get; init; }

    /// <summary>The service-account e-mail, for Google publishers.</summary>
    public string? Email { get; init; }

    /// <summary>The certificate's source repository URI (verified), e.g. <c>https://github.com/pypa/sampleproject</c>.</summary>
    public string? SourceRepositoryUri { get; init; }

    /// <summary>The forge's immutable repository id (verified), which survives renames.</summary>
    public string? SourceRepositoryId { get; init; }

    /// <summary>The forge's immutable owner id (verified).</summary>
    public string? SourceRepositoryOwnerId { get; init; }

    /// <summary>The commit the release was built from (verified).</summary>
    public string? SourceRepositoryDigest { get; init; }

    /// <summary>The git ref the release was built from (verified).</summary>
    public string? SourceRepositoryRef { get; init; }

    /// <summary>The certificate identity (SAN), e.g. the workflow URI at a ref.</summary>
    public string? CertificateIdentity { get; init; }

    /// <summary>The OIDC issuer.</summary>
    public string? Issuer { get; init; }
}

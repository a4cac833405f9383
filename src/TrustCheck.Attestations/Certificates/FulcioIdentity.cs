namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// Who a Fulcio signing certificate was issued to: the OIDC issuer, the subject alternative names, and the build
/// and source claims Fulcio records under OID arc 1.3.6.1.4.1.57264.1.
/// </summary>
public sealed record FulcioIdentity
{
    /// <summary>The OIDC issuer (extension .8, falling back to the deprecated raw .1).</summary>
    public string? Issuer { get; init; }

    /// <summary>The deprecated raw issuer extension (.1), which identity policies compare.</summary>
    public string? IssuerV1 { get; init; }

    /// <summary>Subject alternative names: e-mail addresses, URIs and Sigstore OtherName identities.</summary>
    public IReadOnlyList<string> SubjectAlternativeNames { get; init; } = [];

    /// <summary>Build Signer URI (.9): the workflow that signed, e.g. a reusable workflow.</summary>
    public string? BuildSignerUri { get; init; }

    /// <summary>Build Signer Digest (.10).</summary>
    public string? BuildSignerDigest { get; init; }

    /// <summary>Runner Environment (.11): <c>github-hosted</c>, <c>gitlab-hosted</c> or <c>self-hosted</c>.</summary>
    public string? RunnerEnvironment { get; init; }

    /// <summary>Source Repository URI (.12).</summary>
    public string? SourceRepositoryUri { get; init; }

    /// <summary>Source Repository Digest (.13): the commit.</summary>
    public string? SourceRepositoryDigest { get; init; }

    /// <summary>Source Repository Ref (.14).</summary>
    public string? SourceRepositoryRef { get; init; }

    /// <summary>Source Repository Identifier (.15).</summary>
    public string? SourceRepositoryIdentifier { get; init; }

    /// <summary>Source Repository Owner URI (.16).</summary>
    public string? SourceRepositoryOwnerUri { get; init; }

    /// <summary>Source Repository Owner Identifier (.17).</summary>
    public string? SourceRepositoryOwnerIdentifier { get; init; }

    /// <summary>Build Config URI (.18): the top-level workflow at a ref or digest.</summary>
    public string? BuildConfigUri { get; init; }

    /// <summary>Build Config Digest (.19).</summary>
    public string? BuildConfigDigest { get; init; }

    /// <summary>Build Trigger (.20), e.g. <c>push</c> or <c>release</c>.</summary>
    public string? BuildTrigger { get; init; }

    /// <summary>Run Invocation URI (.21).</summary>
    public string? RunInvocationUri { get; init; }

    /// <summary>Source Repository Visibility At Signing (.22).</summary>
    public string? SourceRepositoryVisibility { get; init; }

    /// <summary>Deployment Environment (.23), when Fulcio recorded one.</summary>
    public string? DeploymentEnvironment { get; init; }
}

namespace TrustCheck.Inspection;

/// <summary>The settings every package of an inspection is judged with.</summary>
public sealed record InspectionOptions
{
    /// <summary>The repository the root packages must be proven to come from (<c>--expected-repo</c>).</summary>
    public string? ExpectedRepository { get; init; }

    /// <summary>The target environment for markers and <c>Requires-Python</c>.</summary>
    public TargetEnvironment Target { get; init; } = TargetEnvironment.Default;

    /// <summary>Names that belong to a private index (<c>--internal-package</c>, <c>prefix-*</c> globs allowed).</summary>
    public IReadOnlyList<string> InternalPackages { get; init; } = [];

    /// <summary>
    /// Names the user trusts (<c>--trusted-name</c>): never reported as typosquats themselves, and a name imitating one
    /// of them is reported (TC7002) even when it is not popular.
    /// </summary>
    public IReadOnlyList<string> TrustedNames { get; init; } = [];

    /// <summary>
    /// Download every file of each inspected release and hash its bytes (<c>--verify-downloads</c>): a file whose
    /// bytes differ from the digest the index publishes fails at the <c>digest</c> stage, attested or not.
    /// </summary>
    public bool VerifyDownloads { get; init; }

    /// <summary>
    /// Download every file of each inspected release and of its nearest earlier release (<c>--inspect-artifacts</c>),
    /// each bound to its published digest, and analyse what it would install and run against that baseline.
    /// </summary>
    public bool InspectArtifacts { get; init; }

    /// <summary>
    /// The packages as the scanned dependency files declare them (<c>trustcheck scan</c>); empty for an inspection by
    /// name. A package may be declared in several places.
    /// </summary>
    public IReadOnlyList<DeclaredPackage> Declared { get; init; } = [];
}

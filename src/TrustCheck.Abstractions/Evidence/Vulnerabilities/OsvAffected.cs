namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>One <c>affected</c> entry of an OSV record.</summary>
public sealed record OsvAffected
{
    /// <summary>The package.</summary>
    public required OsvPackage Package { get; init; }

    /// <summary>The affected ranges.</summary>
    public IReadOnlyList<OsvRange> Ranges { get; init; } = [];

    /// <summary>The explicitly listed affected versions.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];
}

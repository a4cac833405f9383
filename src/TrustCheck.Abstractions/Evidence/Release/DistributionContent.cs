namespace TrustCheck.Evidence.Release;

/// <summary>
/// A release file's bytes, downloaded for <c>--inspect-artifacts</c> and bound to the digest the index publishes, with
/// the previous release's file of the same kind to compare it with.
/// </summary>
public sealed record DistributionContent
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary>The release the file belongs to.</summary>
    public required string Version { get; init; }

    /// <summary>The SHA-256 of the bytes (equal to the published digest when <see cref="Problem"/> is null).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The bytes; empty when <see cref="Problem"/> says why they cannot be analysed.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Why the file cannot be analysed (no URL, no published digest, bytes that do not match it), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>The nearest earlier release's file of the same kind, or null when there is none.</summary>
    public DistributionContent? Baseline { get; init; }
}

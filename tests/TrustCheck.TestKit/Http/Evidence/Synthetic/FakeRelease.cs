namespace TrustCheck.TestKit.Http.Evidence.Synthetic;

/// <summary>A release a <see cref="FakeIndex"/> serves.</summary>
/// <param name="Version">The version as the index spells it.</param>
/// <param name="RequiresDist">The <c>requires_dist</c> strings.</param>
/// <param name="RequiresPython">The <c>Requires-Python</c> of the release and (unless <paramref name="FileRequiresPython"/> is false) of its files.</param>
/// <param name="Yanked">Whether the release (and its files) is yanked.</param>
/// <param name="HasFiles">Whether it has a file at all.</param>
/// <param name="FileRequiresPython">Whether the files carry <paramref name="RequiresPython"/> too (PyPI copies it; old uploads did not).</param>
/// <param name="UploadTime">When its file was uploaded; null for 2025-01-01.</param>
public sealed record FakeRelease(
    string Version,
    IReadOnlyList<string> RequiresDist,
    string? RequiresPython = null,
    bool Yanked = false,
    bool HasFiles = true,
    bool FileRequiresPython = true,
    DateTimeOffset? UploadTime = null);

namespace TrustCheck.Artifacts.Metadata;

/// <summary>What the index published for the release, to hold a file's own METADATA against.</summary>
/// <param name="Name">The project name.</param>
/// <param name="Version">The version.</param>
/// <param name="RequiresDist">The <c>Requires-Dist</c> lines, or null when the index did not publish them.</param>
/// <param name="RequiresPython">The <c>Requires-Python</c> specifier, or null when the index did not publish one.</param>
public sealed record PublishedMetadata(string Name, string Version, IReadOnlyList<string>? RequiresDist, string? RequiresPython);

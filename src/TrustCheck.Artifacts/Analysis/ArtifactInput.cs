namespace TrustCheck.Artifacts.Analysis;

/// <summary>A distribution file to analyse: its name (which says wheel or sdist, project and version) and its bytes.</summary>
/// <param name="Filename">The file name as the index publishes it.</param>
/// <param name="Content">The archive's bytes; read once, never extracted to disk.</param>
/// <param name="Sha256">Its SHA-256 (lower-case hex) when the caller already hashed it; computed when null.</param>
public sealed record ArtifactInput(string Filename, ReadOnlyMemory<byte> Content, string? Sha256 = null);

namespace TrustCheck.Attestations.InToto;

/// <summary>One subject of an in-toto statement: the artifact's name and its digests by algorithm.</summary>
/// <param name="Name">The artifact name (for PEP 740, the distribution file name), or null.</param>
/// <param name="Digests">Lower-case algorithm name to hex digest, exactly as written.</param>
public sealed record StatementSubject(string? Name, IReadOnlyDictionary<string, string> Digests);

namespace TrustCheck.Artifacts.Findings;

/// <summary>Something an artifact's analysis found: a stable code (TC10xxx), a severity, a message and evidence.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What was found, for a person.</param>
/// <param name="Evidence">The facts behind it (member path, sizes, limits).</param>
public sealed record ArtifactFinding(string Code, ArtifactSeverity Severity, string Message, IReadOnlyDictionary<string, string> Evidence);

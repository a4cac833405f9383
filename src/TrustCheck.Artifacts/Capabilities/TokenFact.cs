namespace TrustCheck.Artifacts.Capabilities;

/// <summary>A token of interest (a string literal, an identifier) with where it runs.</summary>
/// <param name="Index">Its index in the module's tokens.</param>
/// <param name="Line">Its line.</param>
/// <param name="Location">When the code around it runs.</param>
/// <param name="Scope">The function it is in (0 at module level).</param>
public readonly record struct TokenFact(int Index, int Line, CodeLocation Location, int Scope);

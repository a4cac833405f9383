namespace TrustCheck.Inspection;

/// <summary>How far an inspection has come.</summary>
/// <param name="Inspected">Packages inspected so far.</param>
/// <param name="Discovered">Packages known so far (grows while dependencies are resolved).</param>
/// <param name="Current">What was just finished.</param>
public sealed record InspectionProgress(int Inspected, int Discovered, string Current);

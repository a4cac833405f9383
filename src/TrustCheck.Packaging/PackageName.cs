namespace TrustCheck.Packaging;

/// <summary>Placeholder removed when PEP 503 names land.</summary>
internal static class Placeholder;

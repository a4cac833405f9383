namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>The package an OSV <c>affected</c> entry is about.</summary>
/// <param name="Ecosystem">The ecosystem (<c>PyPI</c>, case-sensitive).</param>
/// <param name="Name">The package name as the record spells it.</param>
/// <param name="Purl">The package URL, when given.</param>
public sealed record OsvPackage(string Ecosystem, string Name, string? Purl = null);

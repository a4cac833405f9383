namespace TrustCheck.TestKit.Resolution;

/// <summary>One release of a generated project: what its wheel's METADATA declares and how the index shows it.</summary>
/// <param name="Version">The version, in PEP 440 canonical form (<c>1.2.0</c>, <c>2.0.0rc1</c>).</param>
/// <param name="RequiresDist">The <c>Requires-Dist</c> lines, PEP 508, in order (extras' requirements carry <c>extra == "…"</c>).</param>
/// <param name="RequiresPython">The <c>Requires-Python</c> specifier, or null for none.</param>
/// <param name="Yanked">Whether the release (its only file) is yanked (PEP 592).</param>
/// <param name="ProvidesExtra">The extras the release declares (<c>Provides-Extra</c>).</param>
public sealed record GeneratedRelease(
    string Version,
    IReadOnlyList<string> RequiresDist,
    string? RequiresPython,
    bool Yanked,
    IReadOnlyList<string> ProvidesExtra);

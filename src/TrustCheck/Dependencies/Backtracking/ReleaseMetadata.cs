namespace TrustCheck.Dependencies.Backtracking;

/// <summary>The core metadata of a release's chosen file that resolution needs.</summary>
/// <param name="RequiresDist">The <c>Requires-Dist</c> entries, in order.</param>
/// <param name="RequiresPython">The <c>Requires-Python</c> specifier, or null.</param>
/// <param name="ProvidesExtra">The declared extras, or null when the source does not say (the JSON API's empty <c>provides_extra</c>): every extra asked for is then taken as provided.</param>
/// <param name="Source">Where it was read: <c>core-metadata</c> (the file's PEP 658 metadata) or <c>json-api</c>.</param>
internal sealed record ReleaseMetadata(IReadOnlyList<string> RequiresDist, string? RequiresPython, IReadOnlyList<string>? ProvidesExtra, string Source);

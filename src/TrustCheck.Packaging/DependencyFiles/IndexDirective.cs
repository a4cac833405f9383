namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A package source named by a dependency file; these feed the dependency-confusion check.</summary>
/// <param name="Kind">What kind of directive it is.</param>
/// <param name="Url">The URL or path as written (empty for <see cref="IndexDirectiveKind.NoIndex"/>).</param>
/// <param name="Location">Where it is written (for a lock file source, its first mention).</param>
public sealed record IndexDirective(IndexDirectiveKind Kind, string Url, SourceLocation Location);

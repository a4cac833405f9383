using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// A release as the resolver sees it: the file an installer would take for the target (files whose Requires-Python
/// excludes the target, and wheels whose tags it cannot install, are already left out), and whether it is yanked.
/// </summary>
/// <param name="Name">The project.</param>
/// <param name="VersionText">The version as the index spells it.</param>
/// <param name="Version">The parsed version.</param>
/// <param name="Yanked">Whether every usable file is yanked (PEP 592).</param>
/// <param name="Filename">The chosen file (empty when none is usable).</param>
/// <param name="Excluded">Why the release cannot be installed on the target (Requires-Python, no compatible file), or null.</param>
internal sealed record IndexRelease(PackageName Name, string VersionText, PythonVersion Version, bool Yanked, string Filename, string? Excluded = null);

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>Why an OSV <c>affected</c> entry covers the inspected release.</summary>
/// <param name="Kind">How it matched.</param>
/// <param name="Interval">The interval that contains the release, for <see cref="AffectedMatchKind.Range"/>.</param>
/// <param name="IsConservative">Whether unparseable versions in the range were read conservatively.</param>
internal sealed record AffectedMatch(AffectedMatchKind Kind, AffectedInterval? Interval = null, bool IsConservative = false);

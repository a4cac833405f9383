namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>How an OSV <c>affected</c> entry covers the inspected release, most telling first.</summary>
internal enum AffectedMatchKind
{
    /// <summary>The entry has neither versions nor ranges: it covers every version of the package.</summary>
    WholePackage,

    /// <summary>An interval of one of the entry's <c>ECOSYSTEM</c> ranges contains the release.</summary>
    Range,

    /// <summary>The entry's <c>versions[]</c> lists the release.</summary>
    ListedVersion,
}

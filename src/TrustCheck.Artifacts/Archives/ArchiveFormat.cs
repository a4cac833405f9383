namespace TrustCheck.Artifacts.Archives;

/// <summary>The container of a distribution: a wheel or legacy sdist is a zip, a PEP 625 sdist a gzip-compressed tar.</summary>
public enum ArchiveFormat
{
    /// <summary>A zip archive (<c>.whl</c>, legacy <c>.zip</c> sdists).</summary>
    Zip,

    /// <summary>A gzip-compressed tar archive (<c>.tar.gz</c>).</summary>
    TarGz,
}

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>The CVSS versions TrustCheck can score.</summary>
internal enum CvssVersion
{
    /// <summary>CVSS v3.0 (<c>CVSS:3.0/…</c>).</summary>
    Version30,

    /// <summary>CVSS v3.1 (<c>CVSS:3.1/…</c>).</summary>
    Version31,

    /// <summary>CVSS v4.0 (<c>CVSS:4.0/…</c>).</summary>
    Version40,
}

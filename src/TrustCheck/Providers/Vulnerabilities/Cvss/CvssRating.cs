namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>The qualitative severity rating scale of CVSS v3.x and v4.0.</summary>
internal enum CvssRating
{
    /// <summary>0.0.</summary>
    None,

    /// <summary>0.1–3.9.</summary>
    Low,

    /// <summary>4.0–6.9.</summary>
    Medium,

    /// <summary>7.0–8.9.</summary>
    High,

    /// <summary>9.0–10.0.</summary>
    Critical,
}

namespace TrustCheck.Evidence.Simple;

/// <summary>Which representation an index served.</summary>
public enum SimplePageFormat
{
    /// <summary>PEP 691 JSON.</summary>
    Json,

    /// <summary>PEP 503 HTML (an index without JSON, such as some private ones).</summary>
    Html,
}

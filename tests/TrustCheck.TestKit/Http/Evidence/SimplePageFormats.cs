namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>Which representations of a Simple API project page an <see cref="EvidenceServer"/> offers.</summary>
public enum SimplePageFormats
{
    /// <summary>PEP 691 JSON when the request accepts <c>application/vnd.pypi.simple.v1+json</c>, PEP 503 HTML otherwise (PyPI).</summary>
    JsonAndHtml,

    /// <summary>PEP 503 HTML whatever the request accepts, like a private index that has no JSON form.</summary>
    HtmlOnly,
}

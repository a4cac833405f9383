namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>A Simple API project page: the registered PEP 691 JSON, the PEP 503 HTML rendered from it, and which to offer.</summary>
internal sealed class SimplePage
{
    public SimplePage(EvidenceDocument json, EvidenceDocument html, SimplePageFormats formats)
    {
        Json = json;
        Html = html;
        Formats = formats;
    }

    public EvidenceDocument Json { get; }

    public EvidenceDocument Html { get; }

    public SimplePageFormats Formats { get; }

    public SimplePage WithFormats(SimplePageFormats formats) => new(Json, Html, formats);
}

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>How the loopback OSV API pages and shapes its answers (read on every request).</summary>
internal sealed class OsvOptions
{
    /// <summary>The most records one query's result holds before a <c>next_page_token</c>; null for no limit.</summary>
    public int? PageSize { get; set; }

    /// <summary>Answer a query with no match as <c>{}</c> instead of <c>{"vulns": []}</c> (the API has done both).</summary>
    public bool OmitEmptyVulns { get; set; }
}

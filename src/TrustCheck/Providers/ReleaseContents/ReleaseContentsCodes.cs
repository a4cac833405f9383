namespace TrustCheck.Providers.ReleaseContents;

/// <summary>The engine's own release-contents codes (TC105xx); the analysis codes (TC100xx–TC104xx) come from <c>TrustCheck.Artifacts</c>.</summary>
public static class ReleaseContentsCodes
{
    /// <summary>A file could not be analysed: no URL, no published digest, or bytes that do not match it (High).</summary>
    public const string NotAnalysed = "TC10501";

    /// <summary>The release has no earlier release with a file of the same kind: nothing says what is new (Info).</summary>
    public const string NoBaseline = "TC10502";

    /// <summary>The earlier release's file could not be downloaded or bound to its digest: the file was analysed without a baseline (Low).</summary>
    public const string BaselineNotAnalysed = "TC10503";
}

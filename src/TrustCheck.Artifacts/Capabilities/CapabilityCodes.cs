namespace TrustCheck.Artifacts.Capabilities;

/// <summary>The finding codes of source capabilities (TC103xx) and of what is new since the previous release (TC104xx); see docs/signals/release-contents.md.</summary>
public static class CapabilityCodes
{
    /// <summary><c>exec</c>/<c>eval</c>/<c>compile</c> of decoded, decompressed, downloaded or character-built data (Critical at module level).</summary>
    public const string DecodedExecution = "TC10301";

    /// <summary><c>marshal.loads</c>: code objects loaded from bytes (High at module level).</summary>
    public const string CodeDeserialization = "TC10302";

    /// <summary>A download and code execution or a process start in the same function or module body (High at module level).</summary>
    public const string DownloadThenExecute = "TC10303";

    /// <summary>A process started through a shell pipe into <c>sh</c>/<c>bash</c>, an encoded or hidden PowerShell, or with a hidden window.</summary>
    public const string ConcealedProcess = "TC10304";

    /// <summary>A credential location (<c>~/.ssh</c>, <c>~/.aws</c>, <c>.netrc</c>, browser profiles) or the whole environment read in a module that sends over the network (High at module level).</summary>
    public const string CredentialExfiltration = "TC10305";

    /// <summary>A webhook or interaction endpoint (Discord, Telegram, webhook.site, OAST) in the source (High at module level).</summary>
    public const string WebhookEndpoint = "TC10306";

    /// <summary>A URL to a raw public IP address (Medium at module level).</summary>
    public const string RawIpUrl = "TC10307";

    /// <summary>Unicode bidirectional control characters in the source: Trojan Source (High).</summary>
    public const string BidiControl = "TC10308";

    /// <summary>An identifier mixing scripts with look-alike letters, or spelled with compatibility characters that NFKC folds to ASCII (Medium; High for the latter outside functions).</summary>
    public const string HomoglyphIdentifier = "TC10309";

    /// <summary>A long base64 or hex string literal (Medium at module level).</summary>
    public const string EncodedBlob = "TC10310";

    /// <summary>
    /// A source file that does not decode as its declared encoding: Low for invalid bytes, High for a codec no one
    /// knows (<see cref="ModuleScan.EncodingProblemKind"/> tells which).
    /// </summary>
    public const string UndecodableSource = "TC10311";

    /// <summary>Network, process or dynamic code run by <c>setup.py</c> or a <c>.pth</c> at install or start-up (Medium).</summary>
    public const string InstallTimeAction = "TC10312";

    /// <summary>A source that declares an encoding that can hide code from review: <c>utf-7</c>, <c>unicode_escape</c>, <c>raw_unicode_escape</c> (High, wherever it is).</summary>
    public const string EscapingCodec = "TC10313";

    /// <summary>A capability (network, processes, dynamic code, native loading, code deserialization) the previous release had nowhere.</summary>
    public const string NewCapability = "TC10401";
}

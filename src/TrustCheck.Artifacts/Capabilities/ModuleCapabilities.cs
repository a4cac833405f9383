namespace TrustCheck.Artifacts.Capabilities;

/// <summary>Which <see cref="Capability"/> a call exercises.</summary>
internal static class ModuleCapabilities
{
    private static readonly string[] NetworkModules = ["socket.", "urllib.request.", "urllib2.", "http.client.", "httplib.", "requests.", "httpx.", "aiohttp.", "urllib3.", "smtplib.", "ftplib.", "telnetlib.", "paramiko.", "websocket."];

    /// <summary>The capability the call exercises, or null.</summary>
    public static Capability? Of(CallSite call) =>
        CallNames.IsProcess(call) ? Capability.Process
        : CallNames.IsDynamicCode(call.Name) ? Capability.DynamicCode
        : CallNames.IsCodeDeserialization(call) ? Capability.CodeDeserialization
        : CallNames.IsNativeLoad(call) ? Capability.NativeLoading
        : CallNames.IsDownload(call) || CallNames.IsSend(call) || CallNames.StartsWithAny(call.Name, NetworkModules) && !IsLocalSocketHelper(call) ? Capability.Network
        : null;

    /// <summary>A reader's name for the capability.</summary>
    public static string Describe(this Capability capability) => capability switch
    {
        Capability.Network => "network access",
        Capability.Process => "process execution",
        Capability.DynamicCode => "dynamic code execution",
        Capability.NativeLoading => "native library loading",
        _ => "code deserialization",
    };

    /// <summary>Helpers of network modules that never touch the network (address and URL parsing, this machine's settings).</summary>
    private static bool IsLocalSocketHelper(CallSite call) =>
        (call.Name.StartsWith("socket.", StringComparison.Ordinal) && call.LastSegment is "inet_aton" or "inet_pton" or "inet_ntoa" or "inet_ntop" or "gethostname" or "getfqdn" or "htons" or "ntohs" or "htonl" or "ntohl" or "setdefaulttimeout" or "getdefaulttimeout")
        || (call.Name.StartsWith("urllib.request.", StringComparison.Ordinal) && call.LastSegment is "url2pathname" or "pathname2url" or "getproxies" or "proxy_bypass" or "parse_http_list" or "parse_keqv_list" or "quote" or "unquote");
}

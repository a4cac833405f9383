namespace TrustCheck.Artifacts.Capabilities;

/// <summary>What resolved callee names do: decode, download, send, start processes, run code.</summary>
internal static class CallNames
{
    private static readonly HashSet<string> DecoderSegments = new(StringComparer.Ordinal)
    {
        "b64decode", "b32decode", "b16decode", "a85decode", "b85decode", "urlsafe_b64decode", "standard_b64decode", "decodebytes",
        "decodestring", "unhexlify", "a2b_base64", "a2b_hex", "fromhex", "decompress",
    };

    private static readonly HashSet<string> DownloadNames = new(StringComparer.Ordinal)
    {
        "requests.get", "requests.post", "requests.request", "httpx.get", "httpx.post", "httpx.stream", "httpx.request",
        "http.client.HTTPConnection", "http.client.HTTPSConnection", "httplib.HTTPConnection", "httplib.HTTPSConnection",
        "socket.create_connection", "socket.socket", "urllib3.request", "urllib3.PoolManager", "aiohttp.ClientSession",
    };

    private static readonly HashSet<string> SendNames = new(StringComparer.Ordinal)
    {
        "requests.post", "requests.put", "requests.patch", "requests.get", "requests.request", "httpx.post", "httpx.put", "httpx.get",
        "httpx.request", "http.client.HTTPConnection", "http.client.HTTPSConnection", "httplib.HTTPConnection", "httplib.HTTPSConnection",
        "socket.create_connection", "socket.socket", "smtplib.SMTP", "smtplib.SMTP_SSL", "ftplib.FTP", "ftplib.FTP_TLS",
        "urllib3.request", "urllib3.PoolManager", "aiohttp.ClientSession", "urllib.request.Request", "urllib2.Request",
    };

    private static readonly string[] ProcessPrefixes = ["subprocess.", "os.exec", "os.spawn", "os.posix_spawn", "popen2.", "commands.get"];

    private static readonly HashSet<string> ProcessNames = new(StringComparer.Ordinal)
    {
        "os.system", "os.popen", "os.startfile", "pty.spawn", "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell",
    };

    /// <summary>The built-ins that turn data into running code.</summary>
    public static bool IsDynamicCode(string name) => name is "exec" or "eval" or "compile" or "builtins.exec" or "builtins.eval" or "builtins.compile"
        or "__builtins__.exec" or "__builtins__.eval" or "__builtins__.compile" or "__builtin__.exec" or "__builtin__.eval" or "__builtin__.compile";

    /// <summary>Calls that decode, decompress or unhex data (<c>codecs.decode</c> covers rot13).</summary>
    public static bool IsDecoder(CallSite call) => DecoderSegments.Contains(call.LastSegment) || call.Name == "codecs.decode";

    /// <summary>Calls that build text from character codes.</summary>
    public static bool IsCharacterBuild(CallSite call) => call.Name == "chr";

    /// <summary>Calls that fetch data from the network.</summary>
    public static bool IsDownload(CallSite call) => call.LastSegment is "urlopen" or "urlretrieve" || DownloadNames.Contains(call.Name);

    /// <summary>Calls that send data over the network (or open the connection that will).</summary>
    public static bool IsSend(CallSite call) => call.LastSegment is "urlopen" || SendNames.Contains(call.Name);

    /// <summary>Calls that start a process.</summary>
    public static bool IsProcess(CallSite call) => ProcessNames.Contains(call.Name) || StartsWithAny(call.Name, ProcessPrefixes);

    /// <summary>Whether <paramref name="name"/> starts with one of <paramref name="prefixes"/>.</summary>
    public static bool StartsWithAny(string name, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Calls that load code objects from bytes (<c>marshal</c>) or run code while loading (<c>pickle</c> and its kin
    /// call <c>__reduce__</c>: <c>pickle</c>, <c>cPickle</c>, <c>_pickle</c>, <c>dill</c>, <c>cloudpickle</c>, <c>joblib.load</c>).
    /// </summary>
    public static bool IsCodeDeserialization(CallSite call) =>
        call.Name is "marshal.loads" or "marshal.load" or "joblib.load"
        || (call.LastSegment is "loads" or "load" or "Unpickler" && call.Name.Length > call.LastSegment.Length
            && call.Name.AsSpan(0, call.Name.Length - call.LastSegment.Length - 1) is "pickle" or "cPickle" or "_pickle" or "dill" or "cloudpickle" or "pickle5");

    /// <summary>Calls whose result, assigned to a name, makes the name hold data that must not reach <c>exec</c>.</summary>
    public static bool IsTaintSource(CallSite call) => IsDecoder(call) || IsCharacterBuild(call) || IsDownload(call) || IsCodeDeserialization(call);

    /// <summary>How much a callee matters to a reviewer, to pick among what a name may stand for (0: nothing of note).</summary>
    public static int Danger(CallSite call) =>
        IsDynamicCode(call.Name) ? 7
        : IsProcess(call) ? 6
        : IsCodeDeserialization(call) ? 5
        : IsNativeLoad(call) ? 4
        : IsDownload(call) || IsSend(call) ? 3
        : IsDecoder(call) || IsCharacterBuild(call) ? 2
        : ModuleCapabilities.Of(call) is not null ? 1
        : 0;

    /// <summary>Calls that load a native library into the process.</summary>
    public static bool IsNativeLoad(CallSite call) => call.Name.StartsWith("ctypes.", StringComparison.Ordinal) && call.LastSegment is "CDLL" or "WinDLL" or "PyDLL" or "OleDLL" or "LoadLibrary";
}

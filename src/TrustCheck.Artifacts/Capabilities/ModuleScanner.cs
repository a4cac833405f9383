using TrustCheck.Artifacts.Capabilities.Rules;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities;

/// <summary>Runs every capability rule over a module's source.</summary>
public static class ModuleScanner
{
    [ThreadStatic]
    private static List<PythonToken>? ReusedTokens;

    private static readonly ICapabilityRule[] Rules =
    [
        new DecodedExecutionRule(), new CodeDeserializationRule(), new DownloadThenExecuteRule(), new ConcealedProcessRule(),
        new CredentialExfiltrationRule(), new WebhookEndpointRule(), new RawIpUrlRule(), new BidiControlRule(),
        new HomoglyphIdentifierRule(), new EncodedBlobRule(), new InstallTimeActionRule(), new EscapingCodecRule(),
    ];

    /// <summary>Scans one module.</summary>
    /// <param name="key">Its key across releases.</param>
    /// <param name="member">Its archive member.</param>
    /// <param name="content">Its bytes (decoded per PEP 263).</param>
    /// <param name="location">When its module-level code runs.</param>
    /// <returns>The hits and capabilities.</returns>
    public static ModuleScan Scan(string key, string member, ReadOnlySpan<byte> content, CodeLocation location) =>
        Scan(key, member, PythonSource.Decode(content), location);

    /// <summary>Scans one module already decoded.</summary>
    /// <param name="key">Its key across releases.</param>
    /// <param name="member">Its archive member.</param>
    /// <param name="source">Its source.</param>
    /// <param name="location">When its module-level code runs.</param>
    /// <returns>The hits and capabilities.</returns>
    public static ModuleScan Scan(string key, string member, PythonSource source, CodeLocation location)
    {
        ArgumentNullException.ThrowIfNull(source);
        // One token list per thread, reused from module to module: a release's tokens would otherwise be tens of MB
        // of short-lived large arrays.
        var tokens = ReusedTokens ??= new List<PythonToken>(1 << 16);
        tokens.Clear();
        PythonTokenizer.Tokenize(source.Text, tokens);
        var facts = ModuleFactsBuilder.Build(key, member, source, tokens, location);
        var hits = Rules.SelectMany(rule => rule.Find(facts)).ToList();
        var capabilities = new List<CapabilityUse>();
        foreach (var call in facts.Calls)
        {
            if (ModuleCapabilities.Of(call) is { } capability && !capabilities.Exists(c => c.Capability == capability))
            {
                capabilities.Add(new CapabilityUse(capability, call));
            }
        }

        if (tokens.Capacity > 1 << 20)
        {
            ReusedTokens = null;
        }

        return new ModuleScan(key, hits, capabilities, source.EncodingProblem) { EncodingProblemKind = source.EncodingProblemKind, HasEscapingCodec = source.HasEscapingCodec };
    }
}

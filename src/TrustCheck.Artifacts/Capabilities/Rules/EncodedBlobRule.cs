using System.Buffers;
using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10310: a long string literal that is nothing but base64 or hex — a payload carried as data. Adjacent literals
/// (implicit concatenation, often one line each inside parentheses) are read as the one string they are.
/// </summary>
internal sealed class EncodedBlobRule : ICapabilityRule
{
    /// <summary>The shortest literal judged (real code's long literals are prose, tables and certificates).</summary>
    public const int MinimumLength = 1024;

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> NotBase64 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\r\n\\");

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var run in module.LiteralRuns)
        {
            if (run.Value.Length >= MinimumLength && Blob(run) is { } kind)
            {
                yield return new CapabilityHit(CapabilityCodes.EncodedBlob, ArtifactSeverity.Medium, true, module.Key, module.Member, run.First.Location, run.First.Line, kind);
            }
        }
    }

    private static string? Blob(LiteralRun run)
    {
        var text = run.Value.Span.Trim();
        if (text.Length < MinimumLength || text.IndexOfAnyExcept(NotBase64) >= 0 || text.Contains("-----", StringComparison.Ordinal))
        {
            return null;
        }

        var kind = text.IndexOfAnyExcept(Hex) < 0 ? "hex" : "base64";
        return run.Pieces == 1
            ? $"a {text.Length.ToString(CultureInfo.InvariantCulture)}-character {kind} literal"
            : $"a {text.Length.ToString(CultureInfo.InvariantCulture)}-character {kind} literal in {run.Pieces.ToString(CultureInfo.InvariantCulture)} adjacent pieces";
    }
}

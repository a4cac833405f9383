using System.Buffers;
using System.Globalization;
using System.Text;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

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
        var strings = module.Strings;
        for (var k = 0; k < strings.Count; k++)
        {
            var first = strings[k];
            var length = module.TextAt(first.Index).Length;
            var end = k;
            while (end + 1 < strings.Count && Adjacent(module, strings[end].Index, strings[end + 1].Index))
            {
                length += module.TextAt(strings[++end].Index).Length;
            }

            if (length >= MinimumLength && Blob(module, k, end, strings) is { } kind)
            {
                yield return new CapabilityHit(CapabilityCodes.EncodedBlob, ArtifactSeverity.Medium, true, module.Key, module.Member, first.Location, first.Line, kind);
            }

            k = end;
        }
    }

    /// <summary>Whether only line breaks and comments separate two string tokens.</summary>
    private static bool Adjacent(ModuleFacts module, int left, int right)
    {
        for (var i = left + 1; i < right; i++)
        {
            if (module.Tokens[i].Kind is not (PythonTokenKind.NonLogicalNewline or PythonTokenKind.Comment))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Blob(ModuleFacts module, int from, int to, IReadOnlyList<TokenFact> strings)
    {
        var value = new StringBuilder();
        for (var k = from; k <= to; k++)
        {
            value.Append(module.StringValue(strings[k].Index));
        }

        var text = value.ToString().AsSpan().Trim();
        if (text.Length < MinimumLength || text.IndexOfAnyExcept(NotBase64) >= 0 || text.Contains("-----", StringComparison.Ordinal))
        {
            return null;
        }

        var kind = text.IndexOfAnyExcept(Hex) < 0 ? "hex" : "base64";
        return to == from
            ? $"a {text.Length.ToString(CultureInfo.InvariantCulture)}-character {kind} literal"
            : $"a {text.Length.ToString(CultureInfo.InvariantCulture)}-character {kind} literal in {(to - from + 1).ToString(CultureInfo.InvariantCulture)} adjacent pieces";
    }
}

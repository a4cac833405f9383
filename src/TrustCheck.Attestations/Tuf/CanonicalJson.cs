using System.Buffers;
using System.Text;
using System.Text.Json;

namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// OLPC canonical JSON as securesystemslib encodes it (what TUF signs): keys sorted by code point at every level,
/// no whitespace, only <c>\</c> and <c>"</c> escaped, integers only (a fraction or exponent is an error).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Encodes a JSON value canonically.</summary>
    /// <param name="element">The value, exactly as parsed (unknown fields included).</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="FormatException">The value holds a number that is not an integer.</exception>
    public static byte[] Encode(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(element, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(JsonElement element, ArrayBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                Append(output, "{"u8);
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, CodePointComparer.Instance))
                {
                    if (!first)
                    {
                        Append(output, ","u8);
                    }

                    first = false;
                    WriteString(property.Name, output);
                    Append(output, ":"u8);
                    Write(property.Value, output);
                }

                Append(output, "}"u8);
                break;
            case JsonValueKind.Array:
                Append(output, "["u8);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0)
                    {
                        Append(output, ","u8);
                    }

                    Write(item, output);
                }

                Append(output, "]"u8);
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                if (raw.AsSpan().ContainsAny('.', 'e', 'E'))
                {
                    throw new FormatException($"Canonical JSON allows integers only, not {raw}.");
                }

                Append(output, Encoding.ASCII.GetBytes(raw));
                break;
            case JsonValueKind.True:
                Append(output, "true"u8);
                break;
            case JsonValueKind.False:
                Append(output, "false"u8);
                break;
            default:
                Append(output, "null"u8);
                break;
        }
    }

    private static void WriteString(string value, ArrayBufferWriter<byte> output)
    {
        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        Append(output, "\""u8);
        Append(output, Encoding.UTF8.GetBytes(escaped));
        Append(output, "\""u8);
    }

    private static void Append(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    /// <summary>Orders strings by Unicode code point (UTF-16 ordinal order differs above the BMP).</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var left = (x ?? string.Empty).EnumerateRunes().GetEnumerator();
            var right = (y ?? string.Empty).EnumerateRunes().GetEnumerator();
            while (true)
            {
                var hasLeft = left.MoveNext();
                var hasRight = right.MoveNext();
                if (!hasLeft || !hasRight)
                {
                    return hasLeft.CompareTo(hasRight);
                }

                var result = left.Current.Value.CompareTo(right.Current.Value);
                if (result != 0)
                {
                    return result;
                }
            }
        }
    }
}

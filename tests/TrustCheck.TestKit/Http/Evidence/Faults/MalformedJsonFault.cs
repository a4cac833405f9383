using System.Text;

namespace TrustCheck.TestKit.Http.Evidence.Faults;

/// <summary>A 200 whose JSON body does not parse: the first half of the normal JSON object, or a fragment.</summary>
internal sealed class MalformedJsonFault : Fault
{
    private static readonly byte[] Fragment = Encoding.UTF8.GetBytes("{\"info\": {\"name\": \"malformed\", \"version\": ");

    internal override Task ApplyAsync(EvidenceExchange exchange, EvidenceResponse normal)
    {
        // A strict prefix of a JSON object or array never parses.
        var body = normal.IsJson && normal.Body.Length >= 2 && normal.Body.Span[0] is (byte)'{' or (byte)'['
            ? normal.Body[..(normal.Body.Length / 2)]
            : Fragment;
        return ResponseWriter.WriteAsync(exchange, new EvidenceResponse(200, body, normal.IsJson ? normal.ContentType : EvidenceResponse.JsonMediaType));
    }

    public override string ToString() => "MalformedJson";
}

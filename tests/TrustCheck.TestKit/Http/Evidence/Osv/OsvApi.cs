using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>
/// The OSV API under <c>/osv/</c>: <c>POST v1/query</c> (full records), <c>POST v1/querybatch</c> (id and modified
/// per record, results in input order) and <c>GET v1/vulns/{id}</c>, with per-query paging through opaque tokens.
/// </summary>
internal sealed class OsvApi(OsvDatabase database, OsvOptions options)
{
    /// <summary>The real API's documented batch limit.</summary>
    private const int MaxBatchSize = 1000;

    public async Task<EvidenceResponse> HandleAsync(HttpContext context, PathSegments path)
    {
        var method = context.Request.Method;
        if (path.Count == 3 && path[0] == "v1" && path[1] == "vulns")
        {
            return !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) ? MethodNotAllowed()
                : database.Find(path[2]) is { } record ? EvidenceResponse.Json(200, record.Json, ResponseCacheClass.Osv)
                : Error(404, 5, "Bug not found.");
        }

        var isQuery = path.Is("v1", "query");
        var isBatch = path.Is("v1", "querybatch");
        if (!isQuery && !isBatch)
        {
            return EvidenceResponse.NotFound();
        }

        if (!HttpMethods.IsPost(method))
        {
            return MethodNotAllowed();
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return EvidenceResponse.Json(200, isQuery ? Query(body.RootElement) : QueryBatch(body.RootElement), ResponseCacheClass.Osv);
        }
        catch (JsonException)
        {
            return Error(400, 3, "Invalid JSON.");
        }
        catch (OsvRequestException error)
        {
            return Error(400, 3, error.Message);
        }
    }

    private byte[] Query(JsonElement request)
    {
        var (page, next) = Page(OsvQuery.Parse(request));
        return Write(writer =>
        {
            writer.WriteStartObject();
            if (page.Count > 0 || !options.OmitEmptyVulns)
            {
                writer.WriteStartArray("vulns");
                foreach (var record in page)
                {
                    writer.WriteRawValue(record.Json, skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            WriteNextPageToken(writer, next);
            writer.WriteEndObject();
        });
    }

    private byte[] QueryBatch(JsonElement request)
    {
        if (!request.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Array)
        {
            throw new OsvRequestException("Invalid query batch: 'queries' must be an array.");
        }

        if (queries.GetArrayLength() > MaxBatchSize)
        {
            throw new OsvRequestException($"Too many queries: at most {MaxBatchSize} per batch.");
        }

        var results = queries.EnumerateArray().Select(q => Page(OsvQuery.Parse(q))).ToList();
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var (page, next) in results)
            {
                writer.WriteStartObject();
                if (page.Count > 0 || !options.OmitEmptyVulns)
                {
                    writer.WriteStartArray("vulns");
                    foreach (var record in page)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", record.Id);
                        if (record.Modified is not null)
                        {
                            writer.WriteString("modified", record.Modified);
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                WriteNextPageToken(writer, next);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The query's matches from its page token's offset, at most a page of them, and the next token if more remain.</summary>
    private (IReadOnlyList<OsvRecord> Page, string? Next) Page(OsvQuery query)
    {
        var matches = query.IsPyPI ? database.Match(EvidenceContent.Key(query.Name!), query.Version) : [];
        var offset = query.PageToken is null ? 0 : OsvPageToken.Decode(query.PageToken);
        var size = options.PageSize is { } limit and > 0 ? limit : int.MaxValue;
        var page = matches.Skip(offset).Take(size).ToList();
        var end = offset + page.Count;
        return (page, end < matches.Count ? OsvPageToken.Encode(end) : null);
    }

    private static void WriteNextPageToken(Utf8JsonWriter writer, string? next)
    {
        if (next is not null)
        {
            writer.WriteString("next_page_token", next);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static EvidenceResponse Error(int status, int code, string message) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = code, ["message"] = message }), EvidenceResponse.JsonMediaType);

    private static EvidenceResponse MethodNotAllowed() => Error(405, 12, "Method not allowed.");
}

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Http;
using TrustCheck.Sources.Osv.Wire;

namespace TrustCheck.Sources.Osv;

/// <summary>
/// OSV: which records affect each release come from <c>/v1/querybatch</c> (chunked, paginated per query, falling
/// back to <c>/v1/query</c> when an endpoint refuses batches), kept per release; the full records come from
/// <c>/v1/vulns/{id}</c>, kept by id and <c>modified</c> time (such a record never changes).
/// </summary>
internal sealed class OsvClient(EvidenceHttpClient http, EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options, IOptions<EvidenceCacheOptions> cacheOptions, TimeProvider time) : IVulnerabilitySource
{
    private const string Accept = "application/json";
    private const int MaxPages = 100;

    private readonly ConcurrentDictionary<string, Task<List<OsvVulnRefWire>>> _inFlight = new(StringComparer.Ordinal);

    private Uri Root => EvidenceSourceOptions.AsDirectory(options.Value.OsvUrl);

    public async Task<IReadOnlyList<VulnerabilityQueryResult>> QueryAsync(IReadOnlyList<VulnerabilityQuery> queries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var unique = queries.Distinct().ToList();
        var hits = new Dictionary<VulnerabilityQuery, List<OsvVulnRefWire>>();
        var missing = new List<VulnerabilityQuery>();
        var peeks = await Task.WhenAll(unique.Select(async query => (Query: query, Cached: await fetcher.PeekAsync(HitsKey(query), cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        foreach (var (query, cached) in peeks)
        {
            if (cached is not null && (cacheOptions.Value.Offline || cached.IsFresh(time.GetUtcNow())))
            {
                hits[query] = EvidenceJson.Parse(cached.Body, EvidenceJsonContext.Default.OsvQueryHitsWire, "cache", "OSV query result").Vulns;
            }
            else if (cacheOptions.Value.Offline)
            {
                throw EvidenceFetcher.NotCached($"the OSV result for {query.Name}=={query.Version}", UrlRedactor.Redact(new Uri(Root, "v1/querybatch")));
            }
            else
            {
                missing.Add(query);
            }
        }

        foreach (var (query, found) in await FetchHitsAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            hits[query] = found;
        }

        var records = new Dictionary<(string Id, string? Modified), Task<OsvVulnerability?>>();
        foreach (var reference in hits.Values.SelectMany(h => h))
        {
            var key = (reference.Id!, reference.Modified);
            if (!records.ContainsKey(key))
            {
                records[key] = GetRecordAsync(reference.Id!, reference.Modified, cancellationToken);
            }
        }

        await Task.WhenAll(records.Values).ConfigureAwait(false);
        return queries.Select(query => new VulnerabilityQueryResult(
            query,
            hits[query].Select(r => records[(r.Id!, r.Modified)].Result).OfType<OsvVulnerability>().DistinctBy(r => r.Id).ToList())).ToList();
    }

    /// <summary>
    /// Asks OSV for the queries no other caller is already asking for (in batches), and waits for the others: many
    /// inspections of one release at once send its query once. A shared query whose asker gave up is asked again.
    /// </summary>
    private async Task<Dictionary<VulnerabilityQuery, List<OsvVulnRefWire>>> FetchHitsAsync(List<VulnerabilityQuery> missing, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<VulnerabilityQuery, List<OsvVulnRefWire>>();
        var owned = new List<(VulnerabilityQuery Query, string Key, TaskCompletionSource<List<OsvVulnRefWire>> Result)>();
        var joined = new List<(VulnerabilityQuery Query, Task<List<OsvVulnRefWire>> Result)>();
        foreach (var query in missing)
        {
            var key = HitsKey(query);
            var mine = new TaskCompletionSource<List<OsvVulnRefWire>>(TaskCreationOptions.RunContinuationsAsynchronously);
            var shared = _inFlight.GetOrAdd(key, mine.Task);
            if (ReferenceEquals(shared, mine.Task))
            {
                owned.Add((query, key, mine));
            }
            else
            {
                joined.Add((query, shared));
            }
        }

        try
        {
            // The peek that found these missing may predate a fetch that has finished since: look again now that
            // they are ours (an asker stores its answer before it lets go of the query).
            var toAsk = new List<(VulnerabilityQuery Query, string Key, TaskCompletionSource<List<OsvVulnRefWire>> Result)>();
            foreach (var claim in owned)
            {
                var cached = await fetcher.PeekAsync(claim.Key, cancellationToken).ConfigureAwait(false);
                if (cached is not null && cached.IsFresh(time.GetUtcNow()))
                {
                    var found = EvidenceJson.Parse(cached.Body, EvidenceJsonContext.Default.OsvQueryHitsWire, "cache", "OSV query result").Vulns;
                    hits[claim.Query] = found;
                    claim.Result.TrySetResult(found);
                }
                else
                {
                    toAsk.Add(claim);
                }
            }

            foreach (var chunk in toAsk.Chunk(options.Value.OsvBatchSize))
            {
                var queries = chunk.Select(c => c.Query).ToArray();
                var found = await QueryChunkAsync(queries, cancellationToken).ConfigureAwait(false);
                await Task.WhenAll(queries.Select((query, i) => StoreHitsAsync(query, found[i], cancellationToken).AsTask())).ConfigureAwait(false);
                for (var i = 0; i < chunk.Length; i++)
                {
                    hits[chunk[i].Query] = found[i];
                    chunk[i].Result.TrySetResult(found[i]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            owned.ForEach(o => o.Result.TrySetCanceled(CancellationToken.None));
            throw;
        }
        catch (Exception error)
        {
            owned.ForEach(o => o.Result.TrySetException(error));
            throw;
        }
        finally
        {
            owned.ForEach(o => _inFlight.TryRemove(new KeyValuePair<string, Task<List<OsvVulnRefWire>>>(o.Key, o.Result.Task)));
        }

        var abandoned = new List<VulnerabilityQuery>();
        foreach (var (query, result) in joined)
        {
            try
            {
                hits[query] = await result.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                abandoned.Add(query);
            }
        }

        if (abandoned.Count > 0)
        {
            foreach (var (query, found) in await FetchHitsAsync(abandoned, cancellationToken).ConfigureAwait(false))
            {
                hits[query] = found;
            }
        }

        return hits;
    }

    public Task<OsvVulnerability?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return GetRecordAsync(id, modified: null, cancellationToken);
    }

    private async Task<OsvVulnerability?> GetRecordAsync(string id, string? modified, CancellationToken cancellationToken)
    {
        var url = new Uri(Root, "v1/vulns/" + Uri.EscapeDataString(id));
        var shown = UrlRedactor.Redact(url);
        var profile = modified is null ? EndpointProfile.OsvRecord with { Immutable = false } : EndpointProfile.OsvRecord;
        var entry = await fetcher.GetAsync(
            new EvidenceHttpRequest(url, Accept, profile.MaxBytes) { CacheVariant = modified },
            profile,
            e => Parse(e.Body, shown),
            cancellationToken).ConfigureAwait(false);
        return entry.IsFound ? Parse(entry.Body, shown) : null;
    }

    /// <summary>Parses and maps one OSV record.</summary>
    internal static OsvVulnerability Parse(byte[] body, string shown) =>
        OsvMapper.ToVulnerability(EvidenceJson.Parse(body, EvidenceJsonContext.Default.OsvRecordWire, shown, "OSV record"), shown);

    private async Task<List<OsvVulnRefWire>[]> QueryChunkAsync(VulnerabilityQuery[] chunk, CancellationToken cancellationToken)
    {
        var found = chunk.Select(_ => new List<OsvVulnRefWire>()).ToArray();
        var pending = Enumerable.Range(0, chunk.Length).Select(i => (Index: i, Token: (string?)null)).ToList();
        for (var page = 0; pending.Count > 0; page++)
        {
            if (page == MaxPages)
            {
                throw new EvidenceSourceException(EvidenceErrorKind.Malformed, Shown("v1/querybatch"), $"OSV kept paginating after {MaxPages} pages; giving up rather than reporting a partial result.");
            }

            OsvBatchResponseWire response;
            try
            {
                response = await PostBatchAsync(pending.Select(p => Query(chunk[p.Index], p.Token)).ToList(), cancellationToken).ConfigureAwait(false);
            }
            catch (EvidenceSourceException error) when (page == 0 && error.StatusCode is 400 or 404 or 405 or 413 or 501)
            {
                return await QueryOneByOneAsync(chunk, cancellationToken).ConfigureAwait(false);
            }

            var results = response.Results ?? [];
            if (results.Count != pending.Count)
            {
                throw new EvidenceSourceException(EvidenceErrorKind.Malformed, Shown("v1/querybatch"), $"OSV answered {results.Count} results for {pending.Count} queries.");
            }

            var next = new List<(int Index, string? Token)>();
            for (var i = 0; i < results.Count; i++)
            {
                found[pending[i].Index].AddRange(Validate(results[i].Vulns));
                if (!string.IsNullOrEmpty(results[i].NextPageToken))
                {
                    next.Add((pending[i].Index, results[i].NextPageToken));
                }
            }

            pending = next;
        }

        return found;
    }

    private async Task<List<OsvVulnRefWire>[]> QueryOneByOneAsync(VulnerabilityQuery[] chunk, CancellationToken cancellationToken)
    {
        var tasks = chunk.Select(async query =>
        {
            var list = new List<OsvVulnRefWire>();
            string? token = null;
            for (var page = 0; ; page++)
            {
                if (page == MaxPages)
                {
                    throw new EvidenceSourceException(EvidenceErrorKind.Malformed, Shown("v1/query"), $"OSV kept paginating after {MaxPages} pages.");
                }

                var body = JsonSerializer.SerializeToUtf8Bytes(Query(query, token), EvidenceJsonContext.Default.OsvQueryWire);
                var answer = await PostAsync("v1/query", body, cancellationToken).ConfigureAwait(false);
                var response = EvidenceJson.Parse(answer, EvidenceJsonContext.Default.OsvQueryResponseWire, Shown("v1/query"), "OSV query answer");
                list.AddRange((response.Vulns ?? []).Select(v => OsvMapper.ToVulnerability(v, Shown("v1/query"))).Select(v => new OsvVulnRefWire { Id = v.Id, Modified = v.Modified.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }));
                token = response.NextPageToken;
                if (string.IsNullOrEmpty(token))
                {
                    return list;
                }
            }
        });
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private IEnumerable<OsvVulnRefWire> Validate(List<OsvVulnRefWire>? vulns)
    {
        foreach (var vuln in vulns ?? [])
        {
            _ = EvidenceJson.Required(vuln.Id, Shown("v1/querybatch"), "OSV batch answer", "results[].vulns[].id");
            yield return vuln;
        }
    }

    private async Task<OsvBatchResponseWire> PostBatchAsync(List<OsvQueryWire> queries, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new OsvBatchRequestWire { Queries = queries }, EvidenceJsonContext.Default.OsvBatchRequestWire);
        var answer = await PostAsync("v1/querybatch", body, cancellationToken).ConfigureAwait(false);
        return EvidenceJson.Parse(answer, EvidenceJsonContext.Default.OsvBatchResponseWire, Shown("v1/querybatch"), "OSV batch answer");
    }

    private async Task<byte[]> PostAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        var url = new Uri(Root, path);
        var answer = await http.SendAsync(new EvidenceHttpRequest(url, Accept, EndpointProfile.OsvQuery.MaxBytes) { JsonBody = body }, cancellationToken).ConfigureAwait(false);
        if (answer.Status != HttpStatusCode.OK)
        {
            throw new EvidenceSourceException(EvidenceErrorKind.HttpStatus, Shown(path), $"POST {Shown(path)} answered {(int)answer.Status} {answer.Status}.", statusCode: (int)answer.Status);
        }

        return answer.Body;
    }

    private static OsvQueryWire Query(VulnerabilityQuery query, string? token) => new()
    {
        Package = new OsvPackageWire { Purl = "pkg:pypi/" + query.Name.Normalized },
        Version = query.Version,
        PageToken = token,
    };

    private string Shown(string path) => UrlRedactor.Redact(new Uri(Root, path));

    private string HitsKey(VulnerabilityQuery query) => $"trustcheck:v1:osv-query:{Shown("v1/querybatch")}:{query.Name.Normalized}@{query.Version}";

    private ValueTask StoreHitsAsync(VulnerabilityQuery query, List<OsvVulnRefWire> found, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new OsvQueryHitsWire { Vulns = found }, EvidenceJsonContext.Default.OsvQueryHitsWire);
        var entry = new CachedResponse
        {
            Status = 200,
            Body = body,
            ContentType = Accept,
            FetchedAt = time.GetUtcNow(),
            FreshFor = fetcher.FreshnessOf(EndpointProfile.OsvQuery, found: true, maxAge: null),
        };
        return fetcher.StoreAsync(HitsKey(query), entry, cancellationToken);
    }
}

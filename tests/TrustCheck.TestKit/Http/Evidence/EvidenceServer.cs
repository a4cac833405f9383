using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustCheck.TestKit.Http.Evidence.Osv;
using TrustCheck.TestKit.Http.Evidence.Pypi;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// A loopback PyPI / OSV / TUF server (Kestrel on 127.0.0.1, ephemeral port) for exercising real HTTP clients: the
/// JSON API (<c>/pypi/</c>), the Simple API (<c>/simple/</c>, JSON or HTML by <c>Accept</c>), the Integrity API
/// (<c>/integrity/</c>), OSV (<c>/osv/v1/</c>), a TUF repository (<c>/tuf/</c>) and the popular-names list, with strong
/// ETags and 304s, request recording, injected latency, scheduled faults and concurrency tracking.
/// </summary>
/// <remarks>
/// Register content with the fluent <c>Add…</c> methods, or <see cref="LoadSharedData"/> for the recorded real
/// responses under the shared data folder (read in place). Everything may change while the server is running.
/// </remarks>
public sealed class EvidenceServer : IAsyncDisposable
{
    private const string CoreMetadataSuffix = ".metadata";

    private readonly WebApplication _app;
    private readonly EvidenceContent _content = new();
    private readonly RequestJournal _journal = new();
    private readonly OsvOptions _osvOptions = new();
    private readonly EvidenceRouter _router;
    private BasicAuthGate? _authGate;

    private EvidenceServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        _router = new EvidenceRouter(
            new PypiJsonApi(_content),
            new SimpleApi(_content),
            new IntegrityApi(_content),
            new OsvApi(_content.Osv, _osvOptions),
            new StaticFileApi(
                _content,
                () => TufDirectory ?? SharedData.PathOf(SharedEvidence.TufRepository),
                () => TopPackagesFile ?? SharedData.PathOf(SharedEvidence.TopPackages)),
            () => Volatile.Read(ref _authGate));
    }

    /// <summary>The server's root URL, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The PyPI JSON API base (the root: routes are <c>pypi/{name}/json</c>).</summary>
    public Uri PypiUrl => BaseUrl;

    /// <summary>The Simple API index, <c>{BaseUrl}simple/</c>.</summary>
    public Uri IndexUrl => new(BaseUrl, "simple/");

    /// <summary>The OSV API base, <c>{BaseUrl}osv/</c> (routes are <c>v1/query</c>, <c>v1/querybatch</c>, <c>v1/vulns/{id}</c>).</summary>
    public Uri OsvUrl => new(BaseUrl, "osv/");

    /// <summary>The TUF repository base, <c>{BaseUrl}tuf/</c> (<c>1.root.json</c>, <c>timestamp.json</c>, <c>targets/…</c>).</summary>
    public Uri TufUrl => new(BaseUrl, "tuf/");

    /// <summary>The popular-names list, <c>{BaseUrl}top-pypi-packages.min.json</c>.</summary>
    public Uri TopPackagesUrl => new(BaseUrl, EvidenceRouter.TopPackagesPath);

    /// <summary>A delay applied to every request before it is answered (ends early when the client disconnects).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The <c>Cache-Control</c> lifetimes per API.</summary>
    public EvidenceCaching Caching { get; } = new();

    /// <summary>The faults to show, per path prefix, one per matching request.</summary>
    public FaultSchedule Faults { get; } = new();

    /// <summary>The most OSV records one query's result holds before a <c>next_page_token</c>; null (the default) for no limit.</summary>
    public int? OsvPageSize
    {
        get => _osvOptions.PageSize;
        set => _osvOptions.PageSize = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(value), "A page holds at least one record.") : value;
    }

    /// <summary>Answer an OSV query with no match as <c>{}</c> rather than <c>{"vulns": []}</c> (the real API has done both).</summary>
    public bool OsvOmitsEmptyVulns
    {
        get => _osvOptions.OmitEmptyVulns;
        set => _osvOptions.OmitEmptyVulns = value;
    }

    /// <summary>The folder served under <c>/tuf/</c>, read in place; null for the shared Sigstore production repository.</summary>
    public string? TufDirectory { get; set; }

    /// <summary>The file served at <see cref="TopPackagesUrl"/>; null for the shared <c>top-pypi-packages.min.json</c>.</summary>
    public string? TopPackagesFile { get; set; }

    /// <summary>The number of requests received since the start (or the last <see cref="ResetStatistics"/>).</summary>
    public int TotalRequests => _journal.TotalRequests;

    /// <summary>Every request received, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _journal.Snapshot();

    /// <summary>Starts a server on 127.0.0.1 with an ephemeral port and no content.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<EvidenceServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            // Slow and stalled answers are the point here: never let Kestrel cut them off.
            options.Limits.MinResponseDataRate = null;
            options.Limits.MinRequestBodyDataRate = null;
        });
        var app = builder.Build();
        EvidenceServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new EvidenceServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Serves a project-level JSON API document at <c>/pypi/{name}/json</c>.</summary>
    /// <param name="name">The project name (any spelling; it is PEP 503 normalized).</param>
    /// <param name="json">The body, served byte for byte.</param>
    /// <param name="headers">Headers to send with it; an <c>ETag</c> here replaces the computed one, a <c>Cache-Control</c> the default.</param>
    public EvidenceServer AddProject(string name, byte[] json, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        _content.SetProject(name, new EvidenceDocument(json, headers?.ToList()));
        return this;
    }

    /// <summary>Serves a release-level JSON API document at <c>/pypi/{name}/{version}/json</c>.</summary>
    /// <param name="name">The project name.</param>
    /// <param name="version">The version as it appears in the URL (other spellings of it are found by PEP 440 canonical form).</param>
    /// <param name="json">The body, served byte for byte.</param>
    public EvidenceServer AddRelease(string name, string version, byte[] json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentNullException.ThrowIfNull(json);
        _content.SetRelease(name, version, new EvidenceDocument(json));
        return this;
    }

    /// <summary>
    /// Serves a Simple API project page at <c>/simple/{name}/</c>: the PEP 691 JSON as given, and PEP 503 HTML rendered
    /// from it.
    /// </summary>
    /// <param name="name">The project name.</param>
    /// <param name="json">The PEP 691 JSON page.</param>
    /// <param name="formats">Whether JSON is offered at all (<see cref="SimplePageFormats.HtmlOnly"/> is a private index without it).</param>
    public EvidenceServer AddSimplePage(string name, byte[] json, SimplePageFormats formats = SimplePageFormats.JsonAndHtml)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        _content.SetSimplePage(name, new SimplePage(new EvidenceDocument(json), new EvidenceDocument(SimpleHtmlRenderer.Render(json)), formats));
        return this;
    }

    /// <summary>Makes an already registered Simple page answer HTML whatever the request accepts.</summary>
    /// <param name="name">The project name.</param>
    /// <exception cref="InvalidOperationException">No Simple page is registered for the name.</exception>
    public EvidenceServer ServeSimpleHtmlOnly(string name)
    {
        var page = _content.FindSimplePage(EvidenceContent.Key(name)) ?? throw new InvalidOperationException($"No Simple page is registered for '{name}'.");
        _content.SetSimplePage(name, page.WithFormats(SimplePageFormats.HtmlOnly));
        return this;
    }

    /// <summary>Serves a PEP 740 provenance object at <c>/integrity/{name}/{version}/{filename}/provenance</c>.</summary>
    /// <param name="name">The project name.</param>
    /// <param name="version">The version.</param>
    /// <param name="filename">The distribution file name.</param>
    /// <param name="json">The provenance object, served byte for byte.</param>
    public EvidenceServer AddProvenance(string name, string version, string filename, byte[] json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(filename);
        ArgumentNullException.ThrowIfNull(json);
        _content.SetProvenance(name, version, filename, new EvidenceDocument(json));
        return this;
    }

    /// <summary>Adds an OSV record (JSON object); one with the same <c>id</c> is replaced.</summary>
    /// <param name="json">The record.</param>
    /// <exception cref="ArgumentException">The JSON is not an object with a string <c>id</c>.</exception>
    public EvidenceServer AddOsvRecord(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _content.Osv.Add(OsvRecord.Parse(json));
        return this;
    }

    /// <summary>Adds an OSV record (JSON object); one with the same <c>id</c> is replaced.</summary>
    /// <param name="json">The record.</param>
    public EvidenceServer AddOsvRecord(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddOsvRecord(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Adds an OSV record already parsed (the shared records file is one JSON array).</summary>
    internal EvidenceServer AddOsvRecord(JsonElement record)
    {
        _content.Osv.Add(OsvRecord.From(record));
        return this;
    }

    /// <summary>Serves a file's bytes at <c>/packages/{filename}</c> (see <see cref="ArtifactUrl"/>).</summary>
    /// <param name="filename">The file name.</param>
    /// <param name="content">The bytes.</param>
    public EvidenceServer AddArtifact(string filename, byte[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        ArgumentNullException.ThrowIfNull(content);
        _content.SetArtifact(filename, new EvidenceDocument(content));
        return this;
    }

    /// <summary>
    /// Serves a PEP 658 core-metadata file at <c>{ArtifactUrl(filename)}.metadata</c> (see <see cref="CoreMetadataUrl"/>),
    /// where installers look for it when a Simple page advertises <c>core-metadata</c> for the file. Advertise it by
    /// giving the release document's file entry <c>"core-metadata": {"sha256": "…"}</c> (the hash of these bytes) before
    /// <see cref="SynthesizeSimplePage"/>.
    /// </summary>
    /// <param name="filename">The distribution file's name (not the metadata file's).</param>
    /// <param name="metadata">The file's core metadata (its <c>METADATA</c> bytes).</param>
    public EvidenceServer AddCoreMetadata(string filename, byte[] metadata)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        ArgumentNullException.ThrowIfNull(metadata);
        return AddArtifact(filename + CoreMetadataSuffix, metadata);
    }

    /// <summary>
    /// Serves a <b>synthesised</b> project document at <c>/pypi/{name}/json</c>, built from the release documents
    /// registered so far: <c>releases</c> maps each registered version to its <c>urls</c>; <c>info</c>, <c>urls</c>,
    /// <c>vulnerabilities</c> and <c>ownership</c> are the latest release's (not yanked, then not a pre-release, then highest).
    /// </summary>
    /// <param name="name">The project name.</param>
    /// <exception cref="InvalidOperationException">No release of the project is registered.</exception>
    public EvidenceServer SynthesizeProject(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddProject(name, ProjectSynthesizer.Synthesize(_content.ReleasesOf(name)));
    }

    /// <summary>
    /// Serves a <b>synthesised</b> PEP 691 page at <c>/simple/{name}/</c>, built from the release documents registered
    /// so far, with a <c>provenance</c> URL on each file whose provenance is registered (add provenance first).
    /// </summary>
    /// <param name="name">The project name.</param>
    /// <exception cref="InvalidOperationException">No release of the project is registered.</exception>
    public EvidenceServer SynthesizeSimplePage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var releases = _content.ReleasesOf(name);
        if (releases.Count == 0)
        {
            throw new InvalidOperationException($"A Simple page can only be synthesised from registered releases; '{name}' has none.");
        }

        var normalized = EvidenceContent.Key(name);
        var page = SimplePageSynthesizer.Synthesize(
            normalized,
            releases,
            (version, filename) => _content.FindProvenance(normalized, version, filename) is null ? null : ProvenanceUrl(normalized, version, filename).AbsoluteUri);
        return AddSimplePage(name, page);
    }

    /// <summary>
    /// Registers the recorded real responses of the shared data folder, read in place: the poetry release fixtures
    /// (with synthesised project documents), atomicwrites (with its recorded <c>Cache-Control</c> and <c>ETag</c>),
    /// Warehouse's sampleproject examples (with a synthesised Simple page), the poetry Simple pages, the two real
    /// provenance objects and the pypa/advisory-database OSV records. See docs/testing.md for the list.
    /// </summary>
    /// <exception cref="SharedDataMissingException">The shared data folder or one of its files is missing.</exception>
    public EvidenceServer LoadSharedData()
    {
        SharedEvidence.Load(this);
        return this;
    }

    /// <summary>
    /// Registers <paramref name="count"/> synthetic packages (<c>synthetic-pkg-0001</c>…): release and synthesised
    /// project JSON with one sdist and one wheel (sha256 of deterministic bytes, served under <c>/packages/</c>), a
    /// synthesised Simple page, and a provenance object or none, as <paramref name="options"/> says.
    /// </summary>
    /// <param name="count">How many packages.</param>
    /// <param name="options">Names, version, dependencies and which packages have provenance; defaults when null.</param>
    public EvidenceServer AddSyntheticPackages(int count, SyntheticPackageOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        SyntheticPackages.Add(this, count, options ?? new SyntheticPackageOptions());
        return this;
    }

    /// <summary>Protects the paths under a prefix (the Simple index by default) with HTTP Basic authentication: 401 without the credentials.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="pathPrefix">The protected path prefix.</param>
    public EvidenceServer RequireBasicAuth(string user, string password, string pathPrefix = "/simple/")
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        Volatile.Write(ref _authGate, new BasicAuthGate(user, password, RequestJournal.NormalizePath(pathPrefix)));
        return this;
    }

    /// <summary>The Integrity API URL of a file, as a Simple page's <c>provenance</c> field holds it.</summary>
    /// <param name="name">The project name (normalized in the URL).</param>
    /// <param name="version">The version.</param>
    /// <param name="filename">The distribution file name.</param>
    public Uri ProvenanceUrl(string name, string version, string filename) =>
        new(BaseUrl, $"integrity/{EvidenceContent.Key(name)}/{Uri.EscapeDataString(version)}/{Uri.EscapeDataString(filename)}/provenance");

    /// <summary>The URL an artifact registered with <see cref="AddArtifact"/> is served at.</summary>
    /// <param name="filename">The file name.</param>
    public Uri ArtifactUrl(string filename) => new(BaseUrl, "packages/" + Uri.EscapeDataString(filename));

    /// <summary>The URL of a file's PEP 658 core-metadata file (<see cref="AddCoreMetadata"/>): its <see cref="ArtifactUrl"/> plus <c>.metadata</c>.</summary>
    /// <param name="filename">The distribution file's name.</param>
    public Uri CoreMetadataUrl(string filename) => ArtifactUrl(filename + CoreMetadataSuffix);

    /// <summary>How many requests arrived for exactly this path (with or without its leading <c>/</c>).</summary>
    /// <param name="path">The path, e.g. <c>/pypi/requests/json</c>.</param>
    public int RequestCount(string path) => _journal.RequestCount(path);

    /// <summary>How many requests for exactly this path were answered 304 Not Modified.</summary>
    /// <param name="path">The path.</param>
    public int NotModifiedCount(string path) => _journal.NotModifiedCount(path);

    /// <summary>The requests received for exactly this path, in arrival order.</summary>
    /// <param name="path">The path.</param>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path)
    {
        var normalized = RequestJournal.NormalizePath(path);
        return [.. _journal.Snapshot().Where(r => string.Equals(r.Path, normalized, StringComparison.Ordinal))];
    }

    /// <summary>
    /// The largest number of requests that were in flight at once (from arrival until the answer was complete), over
    /// all paths or those under a prefix such as <c>/pypi/</c>.
    /// </summary>
    /// <param name="pathPrefix">A path prefix, or null for every request.</param>
    public int MaxConcurrentRequests(string? pathPrefix = null) => _journal.MaxConcurrent(pathPrefix);

    /// <summary>Forgets the recorded requests and every count (not the content, faults or settings).</summary>
    public void ResetStatistics() => _journal.Reset();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = _journal.Begin(context.Request);
        var exchange = new EvidenceExchange(context, request, _journal, Caching);
        try
        {
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, context.RequestAborted).ConfigureAwait(false);
            }

            var response = await _router.RouteAsync(context, request.Path).ConfigureAwait(false);
            if (Faults.TryTake(request.Path) is { } fault)
            {
                await fault.ApplyAsync(exchange, response).ConfigureAwait(false);
            }
            else
            {
                await ResponseWriter.WriteAsync(exchange, response).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (context.RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException)
        {
            // The client went away (its timeout, or a size limit it enforces): there is no one left to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            // A bug or missing shared data: answer 500 naming it, so the test that hit it can say why.
            context.Response.Clear();
            await ResponseWriter.WriteAsync(exchange, EvidenceResponse.Message(500, $"EvidenceServer error: {error.GetType().Name}: {error.Message}")).ConfigureAwait(false);
        }
        finally
        {
            exchange.MarkCompleted();
        }
    }
}

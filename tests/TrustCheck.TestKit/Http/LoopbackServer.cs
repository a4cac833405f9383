using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustCheck.TestKit.Http;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, random port) that serves fixed responses by path: recorded files read
/// in place from the shared data, or bytes a test generates. Unknown paths answer 404. Every request is recorded.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<byte[]?>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root URL, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The paths requested so far, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Starts a server.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<LoopbackServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Serves bytes at a path (no leading slash).</summary>
    public void Serve(string path, byte[] content) => _routes[Normalize(path)] = () => content;

    /// <summary>Serves a file's current bytes at a path, read when requested (never copied).</summary>
    public void ServeFile(string path, string file) => _routes[Normalize(path)] = () => File.ReadAllBytes(file);

    /// <summary>Serves every file under a directory at its relative path.</summary>
    public void ServeDirectory(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            ServeFile(Path.GetRelativePath(directory, file).Replace('\\', '/'), file);
        }
    }

    /// <summary>Makes a path answer 404.</summary>
    public void Remove(string path) => _routes.TryRemove(Normalize(path), out _);

    /// <summary>Makes a path answer with an HTTP error status.</summary>
    public void Fail(string path, HttpStatusCode status) => _routes[Normalize(path)] = () => throw new HttpStatusException(status);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Normalize(context.Request.Path.Value ?? string.Empty);
        _requests.Enqueue(path);
        if (!_routes.TryGetValue(path, out var route))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            var body = route();
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpStatusException error)
        {
            context.Response.StatusCode = (int)error.Status;
        }
    }

    private static string Normalize(string path) => Uri.UnescapeDataString(path).TrimStart('/');

    private sealed class HttpStatusException(HttpStatusCode status) : Exception
    {
        public HttpStatusCode Status { get; } = status;
    }
}

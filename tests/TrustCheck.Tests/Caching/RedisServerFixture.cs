using TrustCheck.TestKit.Redis;

namespace TrustCheck.Tests.Caching;

/// <summary>One real Redis server shared by the tests of <see cref="RedisServerCollectionDefinition"/>.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    /// <summary>The running server.</summary>
    public RedisServer Server => _server ?? throw new InvalidOperationException("The Redis server has not been started.");

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
